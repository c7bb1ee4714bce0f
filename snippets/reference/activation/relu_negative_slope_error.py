import tensorflow as tf

# A negative slope is refused when the layer is created.
try:
    tf.keras.layers.ReLU(negative_slope=-0.1)
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(". ")[0])
    #> negative_slope of a ReLU layer cannot be None or a negative value
