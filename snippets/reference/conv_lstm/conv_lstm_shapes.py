import tensorflow as tf

filters, k, channels = 4, 3, 3
# (batch, time, spatial..., channels): 6 frames of a 1D, 2D or 3D grid.
layers = [
    (tf.keras.layers.ConvLSTM1D(filters, k), (6, 10, channels), 1),
    (tf.keras.layers.ConvLSTM2D(filters, k), (6, 8, 8, channels), 2),
    (tf.keras.layers.ConvLSTM3D(filters, k), (6, 5, 5, 5, channels), 3),
]
for layer, shape, rank in layers:
    outputs = layer(tf.keras.Input(shape=shape))
    # 4 gates, each a convolution of the input and one of the state, plus a bias.
    by_hand = 4 * (k**rank * (channels + filters) * filters + filters)
    print(type(layer).__name__, outputs.shape, layer.count_params(), by_hand)
    #> ConvLSTM1D (None, 8, 4) 352 352
    #> ConvLSTM2D (None, 6, 6, 4) 1024 1024
    #> ConvLSTM3D (None, 3, 3, 3, 4) 3040 3040

# return_sequences=True keeps the time axis.
layer = tf.keras.layers.ConvLSTM2D(filters, k, padding="same", return_sequences=True)
print(layer(tf.keras.Input(shape=(6, 8, 8, channels))).shape)
#> (None, 6, 8, 8, 4)
