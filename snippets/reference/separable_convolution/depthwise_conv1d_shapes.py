import tensorflow as tf

# One width-3 filter per input channel, each channel on its own: 6 channels stay 6.
conv = tf.keras.layers.DepthwiseConv1D(kernel_size=3)
print(conv(tf.keras.Input(shape=(20, 6))).shape)
#> (None, 18, 6)
print(conv.kernel.shape, conv.count_params(), "=", 3 * 6 + 6)
#> (3, 6, 1) 24 = 24
