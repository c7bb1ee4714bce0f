import tensorflow as tf

inputs = tf.keras.Input((1, 28, 28))

# The note's first line after Input: `input` (a Python built-in) where `inputs` was meant.
try:
    x = tf.keras.layers.Dropout(0.2)(input)
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(".")[0])
    #> Only input tensors may be passed as positional arguments
