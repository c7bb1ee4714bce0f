import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.ones((1000, 1000), dtype="float32")  # one million ones

for rate in [0.0, 0.1, 0.25, 0.5, 0.8, 0.9]:
    y = tf.keras.layers.Dropout(rate)(x, training=True).numpy()
    zeros = np.mean(y == 0)  # fraction dropped
    kept = y.max()  # every kept 1 becomes 1 / (1 - rate)
    print(f"| {rate} | {zeros:.4f} | {kept:.4f} | {y.mean():.4f} |")
    #> | 0.0 | 0.0000 | 1.0000 | 1.0000 |
    #> | 0.1 | 0.0994 | 1.1111 | 1.0007 |
    #> | 0.25 | 0.2505 | 1.3333 | 0.9993 |
    #> | 0.5 | 0.5001 | 2.0000 | 0.9998 |
    #> | 0.8 | 0.7991 | 5.0000 | 1.0046 |
    #> | 0.9 | 0.9000 | 10.0000 | 1.0004 |
