import tensorflow as tf

inputs = tf.keras.Input(shape=(10, 3))

# A cell is one step: called on a whole sequence, it lacks the states.
try:
    tf.keras.layers.LSTMCell(4)(inputs)
except TypeError as error:
    print(type(error).__name__, error)
    #> TypeError missing a required argument: 'states'

# Wrap it in RNN to run it over the sequence.
print(tf.keras.layers.RNN(tf.keras.layers.LSTMCell(4))(inputs).shape)
#> (None, 4)
