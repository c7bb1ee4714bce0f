import tensorflow as tf

# A misspelt name is refused when the layer is created.
try:
    tf.keras.layers.Activation("relus")
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(error)
    #> Could not interpret activation function identifier: relus
