import tensorflow as tf

# Meant: samples of 10 features. But (10) is just the number 10 in Python.
try:
    tf.keras.Input(shape=(10))
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(error)
    #> Cannot convert '10' to a shape.

# A one-axis tuple needs a comma: (10,).
print(tf.keras.Input(shape=(10,)).shape)
#> (None, 10)
