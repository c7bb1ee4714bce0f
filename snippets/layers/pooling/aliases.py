import tensorflow as tf

layers = tf.keras.layers

# The short names are the same classes, not copies or subclasses.
print(layers.MaxPool1D is layers.MaxPooling1D)
#> True
print(layers.AvgPool1D is layers.AveragePooling1D)
#> True
print(layers.MaxPool2D is layers.MaxPooling2D, layers.AvgPool2D is layers.AveragePooling2D)
#> True True
print(layers.GlobalMaxPool1D is layers.GlobalMaxPooling1D)
#> True
print(layers.GlobalAvgPool2D is layers.GlobalAveragePooling2D)
#> True
