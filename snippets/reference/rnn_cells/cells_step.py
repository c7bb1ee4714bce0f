import numpy as np
import tensorflow as tf

x_t = np.ones((2, 3), dtype="float32")  # one timestep: (batch, features)
zeros = np.zeros((2, 4), dtype="float32")

# A cell computes one timestep: (input, states) -> (output, new states).
for cell, states in [
    (tf.keras.layers.SimpleRNNCell(4), [zeros]),
    (tf.keras.layers.LSTMCell(4), [zeros, zeros]),  # h and c
    (tf.keras.layers.GRUCell(4), [zeros]),
]:
    output, new_states = cell(x_t, states)
    print(type(cell).__name__, output.shape, len(new_states), cell.state_size, cell.count_params())
    #> SimpleRNNCell (2, 4) 1 4 32
    #> LSTMCell (2, 4) 2 [4, 4] 128
    #> GRUCell (2, 4) 1 4 108

# RNN(cell) runs the cell over the timesteps: RNN(LSTMCell(4)) is LSTM(4).
inputs = tf.keras.Input(shape=(10, 3))
layer = tf.keras.layers.RNN(tf.keras.layers.LSTMCell(4))
print(layer(inputs).shape, layer.count_params())
#> (None, 4) 128
