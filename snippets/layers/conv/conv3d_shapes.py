import tensorflow as tf

# (batch, d1, d2, d3, channels): e.g. 10 frames of 28 × 28 grayscale video.
inputs = tf.keras.Input(shape=(10, 28, 28, 1))
layer = tf.keras.layers.Conv3D(filters=16, kernel_size=3)  # 3 means (3, 3, 3)
outputs = layer(inputs)

print(inputs.shape)
#> (None, 10, 28, 28, 1)
print(outputs.shape)
#> (None, 8, 26, 26, 16)
print(tuple(layer.kernel.shape))  # (k_d1, k_d2, k_d3, in_channels, filters)
#> (3, 3, 3, 1, 16)
