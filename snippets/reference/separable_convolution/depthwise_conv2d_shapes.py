import tensorflow as tf

# depth_multiplier=2: two 3x3 filters per input channel, so 8 channels become 16.
conv = tf.keras.layers.DepthwiseConv2D(kernel_size=3, depth_multiplier=2)
print(conv(tf.keras.Input(shape=(28, 28, 8))).shape)
#> (None, 26, 26, 16)
print(conv.kernel.shape, conv.count_params(), "=", 3 * 3 * 8 * 2 + 8 * 2)
#> (3, 3, 8, 2) 160 = 160
