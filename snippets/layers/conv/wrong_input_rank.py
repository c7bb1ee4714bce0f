import tensorflow as tf

# The study note's input: 1 × 28 × 28 images, four axes with the batch.
inputs = tf.keras.Input((1, 28, 28))
print(inputs.shape)
#> (None, 1, 28, 28)

# Conv1D expects (batch, steps, channels). It takes the last axis, 28, as the
# channels and builds a 3-axis kernel, which does not fit a 4-axis input.
layer = tf.keras.layers.Conv1D(10, 2)
try:
    layer(inputs)
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    key, details = str(error).split(", but ")
    print(key)
    #> Kernel shape must have the same length as input
    print(details)
    #> received kernel of shape (2, 28, 10) and input of shape (None, 1, 28, 28).
print(layer.built)
#> False

# Too few axes: Conv2D needs (batch, rows, cols, channels).
try:
    tf.keras.layers.Conv2D(10, 2)(tf.keras.Input((28, 28)))
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(": ")[1].split(".")[0])
    #> expected min_ndim=4, found ndim=3

# Images are 2-D: use Conv2D on (rows, cols, channels), the channels axis last.
images = tf.keras.Input((28, 28, 1))
print(tf.keras.layers.Conv2D(10, 2)(images).shape)
#> (None, 27, 27, 10)
