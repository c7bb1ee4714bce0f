import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.ones((2, 3, 4), dtype="float32")  # (batch, timesteps, features)

# A mask of shape (batch, 1, features) is shared by all 3 timesteps:
# a feature is dropped at every timestep of a sample or at none.
layer = tf.keras.layers.Dropout(0.5, noise_shape=(None, 1, 4))
y = layer(x, training=True).numpy()
print(y.shape)
#> (2, 3, 4)
print(y[0])
'''
[[2. 0. 2. 0.]
 [2. 0. 2. 0.]
 [2. 0. 2. 0.]]
'''
print(y[1])
'''
[[0. 0. 0. 2.]
 [0. 0. 0. 2.]
 [0. 0. 0. 2.]]
'''
