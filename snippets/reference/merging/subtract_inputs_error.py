import tensorflow as tf

a = tf.keras.Input(shape=(4,))

# Subtract takes exactly two inputs.
try:
    tf.keras.layers.Subtract()([a, a, a])
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(". ")[0])
    #> A `Subtract` layer should be called on exactly 2 inputs

# Every merge layer takes a list of tensors; a lone tensor is refused.
try:
    tf.keras.layers.Add()(a)
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(". ")[0])
    #> A merge layer should be called on a list of inputs
