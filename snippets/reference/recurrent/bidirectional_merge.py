import tensorflow as tf

inputs = tf.keras.Input(shape=(10, 3))

# One LSTM reads forwards, a copy reads backwards: twice the parameters of LSTM(4).
layer = tf.keras.layers.Bidirectional(tf.keras.layers.LSTM(4))
print(layer(inputs).shape, layer.count_params())
#> (None, 8) 256

# merge_mode decides how the two outputs are combined.
for mode in ["concat", "sum", "mul", "ave"]:
    print(
        mode, tf.keras.layers.Bidirectional(tf.keras.layers.LSTM(4), merge_mode=mode)(inputs).shape
    )
    #> concat (None, 8)
    #> sum (None, 4)
    #> mul (None, 4)
    #> ave (None, 4)
both = tf.keras.layers.Bidirectional(tf.keras.layers.LSTM(4), merge_mode=None)(inputs)
print(None, [t.shape for t in both])
#> None [(None, 4), (None, 4)]

# return_state: the output, then h and c of the forward layer, then of the backward one.
states = tf.keras.layers.Bidirectional(tf.keras.layers.LSTM(4, return_state=True))(inputs)
print([t.shape for t in states])
#> [(None, 8), (None, 4), (None, 4), (None, 4), (None, 4)]
