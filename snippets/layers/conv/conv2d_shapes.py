import tensorflow as tf

# (batch, rows, cols, channels): e.g. 28 × 28 grayscale images, 1 channel.
inputs = tf.keras.Input(shape=(28, 28, 1))
layer = tf.keras.layers.Conv2D(filters=16, kernel_size=3)  # 3 means (3, 3)
outputs = layer(inputs)

print(inputs.shape)
#> (None, 28, 28, 1)
print(outputs.shape)
#> (None, 26, 26, 16)
print(tuple(layer.kernel.shape))  # (k_rows, k_cols, in_channels, filters)
#> (3, 3, 1, 16)
