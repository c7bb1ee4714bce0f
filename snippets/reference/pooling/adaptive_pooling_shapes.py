import tensorflow as tf

L = tf.keras.layers
# The output size is fixed; the windows adapt to the input's size.
pool = L.AdaptiveAveragePooling2D(output_size=(2, 2))
for side in (28, 30):
    print(pool(tf.keras.Input(shape=(side, side, 3))).shape)
    #> (None, 2, 2, 3)
    #> (None, 2, 2, 3)

for layer, shape in [
    (L.AdaptiveMaxPooling1D(output_size=5), (20, 4)),
    (L.AdaptiveAveragePooling1D(output_size=5), (21, 4)),
    (L.AdaptiveMaxPooling2D(output_size=(3, 3)), (28, 28, 3)),
    (L.AdaptiveMaxPooling3D(output_size=(2, 2, 2)), (8, 16, 16, 1)),
    (L.AdaptiveAveragePooling3D(output_size=(2, 2, 2)), (9, 16, 16, 1)),
]:
    print(type(layer).__name__, layer(tf.keras.Input(shape=shape)).shape, layer.count_params())
    #> AdaptiveMaxPooling1D (None, 5, 4) 0
    #> AdaptiveAveragePooling1D (None, 5, 4) 0
    #> AdaptiveMaxPooling2D (None, 3, 3, 3) 0
    #> AdaptiveMaxPooling3D (None, 2, 2, 2, 1) 0
    #> AdaptiveAveragePooling3D (None, 2, 2, 2, 1) 0
