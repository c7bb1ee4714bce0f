import tensorflow as tf

# 28x28 RGB images; 16 filters of 3x3, each spanning the 3 input channels.
conv = tf.keras.layers.Conv2D(filters=16, kernel_size=3)
print(conv(tf.keras.Input(shape=(28, 28, 3))).shape)
#> (None, 26, 26, 16)
print(conv.kernel.shape, conv.count_params(), "=", 3 * 3 * 3 * 16 + 16)
#> (3, 3, 3, 16) 448 = 448

# strides=2 with padding="same": the output is ceil(28 / 2) = 14 on each side.
conv = tf.keras.layers.Conv2D(filters=16, kernel_size=3, strides=2, padding="same")
print(conv(tf.keras.Input(shape=(28, 28, 3))).shape)
#> (None, 14, 14, 16)
