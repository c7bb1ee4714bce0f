import tensorflow as tf

inputs = tf.keras.Input(shape=(28, 28, 8))
separable = tf.keras.layers.SeparableConv2D(filters=16, kernel_size=3)
print(separable(inputs).shape)
#> (None, 26, 26, 16)
print(separable.depthwise_kernel.shape, separable.pointwise_kernel.shape)
#> (3, 3, 8, 1) (1, 1, 8, 16)
print(separable.count_params(), "=", 3 * 3 * 8 + 8 * 16 + 16)
#> 216 = 216

# The same output shape from a Conv2D costs far more parameters.
conv = tf.keras.layers.Conv2D(filters=16, kernel_size=3)
print(conv(inputs).shape, conv.count_params())
#> (None, 26, 26, 16) 1168
