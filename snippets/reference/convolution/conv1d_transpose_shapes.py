import tensorflow as tf

# Each of 10 steps spreads into 3 output steps, 2 apart: (10 - 1) * 2 + 3 = 21 steps.
conv = tf.keras.layers.Conv1DTranspose(filters=4, kernel_size=3, strides=2)
print(conv(tf.keras.Input(shape=(10, 6))).shape)
#> (None, 21, 4)
# The kernel is (width, output channels, input channels): 3 * 4 * 6 weights, 4 biases.
print(conv.kernel.shape, conv.count_params(), "=", 3 * 4 * 6 + 4)
#> (3, 4, 6) 76 = 76

# padding="same" gives exactly length * strides.
same = tf.keras.layers.Conv1DTranspose(filters=4, kernel_size=3, strides=2, padding="same")
print(same(tf.keras.Input(shape=(10, 6))).shape)
#> (None, 20, 4)
