import tensorflow as tf

# Depthwise: one width-3 filter per input channel (3 * 6), then pointwise: 6 * 8, 8 biases.
conv = tf.keras.layers.SeparableConv1D(filters=8, kernel_size=3)
print(conv(tf.keras.Input(shape=(20, 6))).shape)
#> (None, 18, 8)
print(conv.depthwise_kernel.shape, conv.pointwise_kernel.shape)
#> (3, 6, 1) (1, 6, 8)
print(conv.count_params(), "=", 3 * 6 + 6 * 8 + 8)
#> 74 = 74
