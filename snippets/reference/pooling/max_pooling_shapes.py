import tensorflow as tf

L = tf.keras.layers
# Each keeps the largest value of every 2-wide window (the default pool_size) per channel.
for layer, shape in [
    (L.MaxPooling1D(), (20, 4)),
    (L.MaxPooling2D(), (28, 28, 3)),
    (L.MaxPooling3D(), (8, 16, 16, 1)),
]:
    print(type(layer).__name__, layer(tf.keras.Input(shape=shape)).shape, layer.count_params())
    #> MaxPooling1D (None, 10, 4) 0
    #> MaxPooling2D (None, 14, 14, 3) 0
    #> MaxPooling3D (None, 4, 8, 8, 1) 0

# MaxPool2D is another name for the same class.
print(L.MaxPool2D is L.MaxPooling2D)
#> True
