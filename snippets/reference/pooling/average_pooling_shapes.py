import tensorflow as tf

L = tf.keras.layers
# Each replaces every window by its mean, per channel.
for layer, shape in [
    (L.AveragePooling1D(pool_size=2), (20, 4)),
    (L.AveragePooling2D(pool_size=2), (28, 28, 3)),
    (L.AveragePooling3D(pool_size=2), (8, 16, 16, 1)),
]:
    print(type(layer).__name__, layer(tf.keras.Input(shape=shape)).shape, layer.count_params())
    #> AveragePooling1D (None, 10, 4) 0
    #> AveragePooling2D (None, 14, 14, 3) 0
    #> AveragePooling3D (None, 4, 8, 8, 1) 0

x = tf.constant([[[1.0], [2.0], [3.0], [5.0]]])
print(L.AvgPool1D(pool_size=2)(x)[0, :, 0].numpy().tolist())
#> [1.5, 4.0]
