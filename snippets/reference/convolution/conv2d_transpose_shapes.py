import tensorflow as tf

# Upsampling a 7x7 map with 16 channels to 14x14 with 8, as a decoder does.
conv = tf.keras.layers.Conv2DTranspose(8, kernel_size=3, strides=2, padding="same")
print(conv(tf.keras.Input(shape=(7, 7, 16))).shape)
#> (None, 14, 14, 8)
print(conv.kernel.shape, conv.count_params(), "=", 3 * 3 * 8 * 16 + 8)
#> (3, 3, 8, 16) 1160 = 1160

# With padding="valid": (7 - 1) * 2 + 3 = 15.
valid = tf.keras.layers.Conv2DTranspose(8, kernel_size=3, strides=2)
print(valid(tf.keras.Input(shape=(7, 7, 16))).shape)
#> (None, 15, 15, 8)
