import tensorflow as tf

conv = tf.keras.layers.Conv3DTranspose(2, kernel_size=3, strides=2, padding="same")
print(conv(tf.keras.Input(shape=(4, 8, 8, 4))).shape)
#> (None, 8, 16, 16, 2)
print(conv.kernel.shape, conv.count_params(), "=", 3 * 3 * 3 * 2 * 4 + 2)
#> (3, 3, 3, 2, 4) 218 = 218
