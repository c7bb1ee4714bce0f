import tensorflow as tf

# strides > 1 and dilation_rate > 1 cannot be combined (on any axis).
step = "constructor"
try:
    layer = tf.keras.layers.Conv1D(4, 3, strides=2, dilation_rate=2)
    step = "first call"
    layer(tf.keras.Input((10, 3)))
except ValueError as error:
    print("raised by the", step)
    #> raised by the constructor
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(".")[0])
    #> `strides > 1` not supported in conjunction with `dilation_rate > 1`

# Also when they are on different axes of a Conv2D.
try:
    tf.keras.layers.Conv2D(4, 3, strides=(2, 1), dilation_rate=(1, 2))
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
