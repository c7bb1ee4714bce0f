import tensorflow as tf

inputs = tf.keras.Input(shape=(10, 3))

# By default: the last output only. return_sequences=True: one output per timestep.
print(tf.keras.layers.SimpleRNN(4)(inputs).shape)
#> (None, 4)
print(tf.keras.layers.SimpleRNN(4, return_sequences=True)(inputs).shape)
#> (None, 10, 4)

# return_state=True adds the final states: h for SimpleRNN and GRU, h and c for LSTM.
for layer in [
    tf.keras.layers.SimpleRNN(4, return_state=True),
    tf.keras.layers.GRU(4, return_state=True),
]:
    print(type(layer).__name__, [t.shape for t in layer(inputs)])
    #> SimpleRNN [(None, 4), (None, 4)]
    #> GRU [(None, 4), (None, 4)]
output, h, c = tf.keras.layers.LSTM(4, return_state=True)(inputs)
print("LSTM", output.shape, h.shape, c.shape)
#> LSTM (None, 4) (None, 4) (None, 4)
