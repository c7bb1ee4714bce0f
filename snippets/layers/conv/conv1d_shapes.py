import tensorflow as tf

# (batch, steps, channels): e.g. 100 time steps of 3 sensor readings.
inputs = tf.keras.Input(shape=(100, 3))
layer = tf.keras.layers.Conv1D(filters=16, kernel_size=3)
outputs = layer(inputs)

print(inputs.shape)
#> (None, 100, 3)
print(outputs.shape)
#> (None, 98, 16)
print(tuple(layer.kernel.shape))  # (kernel_size, in_channels, filters)
#> (3, 3, 16)
