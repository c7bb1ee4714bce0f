import numpy as np
import tensorflow as tf


class RunningSum(tf.keras.layers.Layer):
    """A cell with no weights: its state is the sum of the inputs so far."""

    state_size = 2  # one number per feature

    def call(self, inputs, states):
        total = states[0] + inputs
        return total, [total]


x = np.array([[[1.0, 10.0], [2.0, 20.0], [3.0, 30.0]]], dtype="float32")
print(tf.keras.layers.RNN(RunningSum(), return_sequences=True)(x).numpy()[0])
'''
[[ 1. 10.]
 [ 3. 30.]
 [ 6. 60.]]
'''
print(tf.keras.layers.RNN(RunningSum(), go_backwards=True, return_sequences=True)(x).numpy()[0])
'''
[[ 3. 30.]
 [ 5. 50.]
 [ 6. 60.]]
'''

# A layer without state_size is not a cell.
try:
    tf.keras.layers.RNN(tf.keras.layers.Dense(4))
except ValueError as error:
    print(type(error).__name__, str(error).split(" (")[0])
    #> ValueError The RNN cell should have a `state_size` attribute
