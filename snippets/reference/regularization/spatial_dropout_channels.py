import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)

# 1D: (batch, steps, channels). A dropped channel is 0 at every step.
x = np.ones((1, 4, 3), dtype="float32")
print(tf.keras.layers.SpatialDropout1D(0.5)(x, training=True).numpy()[0])
'''
[[2. 0. 2.]
 [2. 0. 2.]
 [2. 0. 2.]
 [2. 0. 2.]]
'''
print(tf.keras.layers.SpatialDropout1D(0.5)(x, training=False).numpy()[0])
'''
[[1. 1. 1.]
 [1. 1. 1.]
 [1. 1. 1.]
 [1. 1. 1.]]
'''

# 2D and 3D: the smallest and largest value of each channel, over all positions,
# are equal: each channel is all 0 or all 2.
images = np.ones((1, 5, 5, 6), dtype="float32")
y = tf.keras.layers.SpatialDropout2D(0.5)(images, training=True).numpy()
print(y.min(axis=(0, 1, 2)), y.max(axis=(0, 1, 2)))
#> [2. 0. 2. 2. 2. 0.] [2. 0. 2. 2. 2. 0.]
volumes = np.ones((1, 3, 5, 5, 6), dtype="float32")
y = tf.keras.layers.SpatialDropout3D(0.5)(volumes, training=True).numpy()
print(y.min(axis=(0, 1, 2, 3)), y.max(axis=(0, 1, 2, 3)))
#> [0. 2. 0. 0. 2. 0.] [0. 2. 0. 0. 2. 0.]
