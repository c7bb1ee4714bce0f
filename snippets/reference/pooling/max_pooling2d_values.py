import numpy as np
import tensorflow as tf

x = np.arange(16, dtype="float32").reshape(1, 4, 4, 1)
print(x[0, :, :, 0].astype(int).tolist())
#> [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11], [12, 13, 14, 15]]
# 2x2 windows, 2 apart (strides defaults to pool_size): the maximum of each.
print(tf.keras.layers.MaxPooling2D()(x)[0, :, :, 0].numpy().astype(int).tolist())
#> [[5, 7], [13, 15]]
# strides=1: windows overlap, 3x3 of them.
print(tf.keras.layers.MaxPooling2D(strides=1)(x)[0, :, :, 0].numpy().astype(int).tolist())
#> [[5, 6, 7], [9, 10, 11], [13, 14, 15]]
