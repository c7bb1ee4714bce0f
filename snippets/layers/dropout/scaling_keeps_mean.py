import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.ones((1000, 1000), dtype="float32")  # one million ones, mean 1.0
y = tf.keras.layers.Dropout(0.5)(x, training=True).numpy()

# Only two values remain: dropped ones are 0, kept ones are 1 / (1 - 0.5) = 2.
print(np.unique(y))
#> [0. 2.]

# About half are dropped, yet the mean stays close to the input's mean.
print(np.round(np.mean(y == 0), 4))
#> 0.5
print(np.round(y.mean(), 4))
#> 0.9999
