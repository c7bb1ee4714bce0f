import tensorflow as tf

inputs = tf.keras.Input(shape=(5, 10))  # only 5 steps
layer = tf.keras.layers.Conv1D(filters=10, kernel_size=6)  # creating it is fine

# With padding="valid" the output would have 5 - 6 + 1 = 0 steps: the first call refuses.
try:
    layer(inputs)
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(".")[0])
    #> Computed output size would be zero or negative
print(layer.built)  # the error came from build, before any weight was made
#> False

# padding="same" keeps all 5 steps, whatever the kernel size.
print(tf.keras.layers.Conv1D(10, 6, padding="same")(inputs).shape)
#> (None, 5, 10)
