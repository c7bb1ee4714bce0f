import numpy as np
import tensorflow as tf

# strides=None is stored as strides = pool_size: the windows touch but do not overlap.
layer = tf.keras.layers.MaxPooling1D(pool_size=3)
print(layer.get_config()["strides"])
#> (3,)

# Behaviour agrees: 9 steps, windows (0-2), (3-5), (6-8).
x = np.arange(9, dtype="float32").reshape(1, 9, 1)
print(layer(x).numpy().ravel().tolist())
#> [2.0, 5.0, 8.0]

# strides=1 slides one step at a time instead: 7 overlapping windows.
overlapping = tf.keras.layers.MaxPooling1D(pool_size=3, strides=1)
print(overlapping(x).numpy().ravel().tolist())
#> [2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]
