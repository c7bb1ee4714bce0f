import tensorflow as tf

inputs = tf.keras.Input(shape=(10, 3))
cells = [tf.keras.layers.LSTMCell(4), tf.keras.layers.GRUCell(2)]

# At each timestep, the LSTM cell's output is the GRU cell's input.
layer = tf.keras.layers.RNN(tf.keras.layers.StackedRNNCells(cells))
print(layer(inputs).shape)
#> (None, 2)

# LSTMCell: 4 × 4 × (3 + 4 + 1); GRUCell on 4 features: 3 × 2 × (4 + 2 + 2).
print(cells[0].count_params(), cells[1].count_params(), layer.count_params())
#> 128 48 176
print(4 * 4 * (3 + 4 + 1) + 3 * 2 * (4 + 2 + 2))
#> 176

# RNN given a list of cells stacks them the same way.
print(tf.keras.layers.RNN([tf.keras.layers.LSTMCell(4), tf.keras.layers.GRUCell(2)])(inputs).shape)
#> (None, 2)
