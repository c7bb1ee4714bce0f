import tensorflow as tf

L = tf.keras.layers
# One value per channel: the whole spatial extent is one window.
for layer, shape in [
    (L.GlobalMaxPooling1D(), (20, 4)),
    (L.GlobalAveragePooling1D(), (20, 4)),
    (L.GlobalMaxPooling2D(), (28, 28, 3)),
    (L.GlobalAveragePooling2D(), (28, 28, 3)),
    (L.GlobalMaxPooling3D(), (8, 16, 16, 1)),
    (L.GlobalAveragePooling3D(), (8, 16, 16, 1)),
]:
    print(type(layer).__name__, layer(tf.keras.Input(shape=shape)).shape, layer.count_params())
    #> GlobalMaxPooling1D (None, 4) 0
    #> GlobalAveragePooling1D (None, 4) 0
    #> GlobalMaxPooling2D (None, 3) 0
    #> GlobalAveragePooling2D (None, 3) 0
    #> GlobalMaxPooling3D (None, 1) 0
    #> GlobalAveragePooling3D (None, 1) 0

# keepdims=True keeps each spatial axis, with size 1.
print(L.GlobalAveragePooling2D(keepdims=True)(tf.keras.Input(shape=(28, 28, 3))).shape)
#> (None, 1, 1, 3)
