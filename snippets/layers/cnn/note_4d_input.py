import tensorflow as tf

# Conv1D expects (batch, steps, channels): three axes. Input((1, 28, 28)) gives four.
inputs = tf.keras.Input((1, 28, 28))
print(inputs.shape)
#> (None, 1, 28, 28)

try:
    tf.keras.layers.Conv1D(10, 3, padding="same", activation="relu")(inputs)
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(",")[0])
    #> Kernel shape must have the same length as input
