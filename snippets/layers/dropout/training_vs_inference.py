import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.arange(1, 9, dtype="float32").reshape(1, 8)
layer = tf.keras.layers.Dropout(0.5)

# Training mode: each value is dropped with probability 0.5; kept ones are divided by 0.5.
print(layer(x, training=True).numpy())
#> [[ 2.  0.  6.  0.  0.  0.  0. 16.]]

# Inference mode (the default for a plain call): the input passes through unchanged.
print(layer(x, training=False).numpy())
#> [[1. 2. 3. 4. 5. 6. 7. 8.]]
print(layer(x).numpy())
#> [[1. 2. 3. 4. 5. 6. 7. 8.]]
