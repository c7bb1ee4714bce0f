import tensorflow as tf

inputs = tf.keras.Input(shape=(4, 8))  # the same tensor, read two ways

# channels_last (default): (batch, steps, channels) = 4 steps of 8 channels.
print(tf.keras.layers.MaxPooling1D(pool_size=2)(inputs).shape)
#> (None, 2, 8)

# channels_first: (batch, channels, steps) = 4 channels of 8 steps.
print(tf.keras.layers.MaxPooling1D(pool_size=2, data_format="channels_first")(inputs).shape)
#> (None, 4, 4)
