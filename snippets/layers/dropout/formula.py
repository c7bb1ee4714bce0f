import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
rate = 0.25
x = np.arange(1, 9, dtype="float32").reshape(1, 8)
y = tf.keras.layers.Dropout(rate)(x, training=True).numpy()

# Recover the mask from the output: 1 where the value was kept, 0 where it was dropped.
mask = (y != 0).astype("float32")
print(mask)
#> [[1. 1. 1. 0. 1. 0. 1. 1.]]

# The same computation by hand: y = x * mask / (1 - rate).
print(np.round(y, 4))
#> [[ 1.3333  2.6667  4.      0.      6.6667  0.      9.3333 10.6667]]
print(np.allclose(y, x * mask / (1 - rate)))
#> True
