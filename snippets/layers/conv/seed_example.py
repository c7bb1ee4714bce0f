import tensorflow as tf

# The study note's example: 5 steps of 10 channels, kernel size 2, 10 filters.
inputs = tf.keras.Input(shape=(5, 10))
layer = tf.keras.layers.Conv1D(filters=10, kernel_size=2)
outputs = layer(inputs)

print(inputs.shape)
#> (None, 5, 10)
print(outputs.shape)
#> (None, 4, 10)
print(tuple(layer.kernel.shape), tuple(layer.bias.shape))
#> (2, 10, 10) (10,)

# kernel_size × in_channels × filters + filters (one bias per filter)
print(layer.count_params(), 2 * 10 * 10 + 10)
#> 210 210
