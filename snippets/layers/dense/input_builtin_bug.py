import tensorflow as tf

inputs = tf.keras.Input(shape=(20, 10))

# The study note wrote `input` here: Python's built-in function, not the tensor above.
try:
    hidden = tf.keras.layers.Dense(5, activation="sigmoid")(input)
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(".")[0])
    #> Only input tensors may be passed as positional arguments
