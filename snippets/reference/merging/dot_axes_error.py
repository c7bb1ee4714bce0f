import tensorflow as tf

# The two axes that Dot multiplies along must have the same size.
try:
    tf.keras.layers.Dot(axes=1)([tf.keras.Input(shape=(4,)), tf.keras.Input(shape=(5,))])
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(". ")[0])
    #> Incompatible input shapes: axis values 4 (at axis 1) != 5 (at axis 1)

# Dot has no default for axes.
try:
    tf.keras.layers.Dot()
except TypeError as error:
    print(type(error).__name__)
    #> TypeError
