import tensorflow as tf

# A volume (or a clip of frames) of 8x16x16 with 1 channel; 4 filters of 3x3x3.
conv = tf.keras.layers.Conv3D(filters=4, kernel_size=3)
print(conv(tf.keras.Input(shape=(8, 16, 16, 1))).shape)
#> (None, 6, 14, 14, 4)
print(conv.kernel.shape, conv.count_params(), "=", 3 * 3 * 3 * 1 * 4 + 4)
#> (3, 3, 3, 1, 4) 112 = 112
