import tensorflow as tf

inputs = tf.keras.Input(shape=(10, 3))

# The first LSTM returns only its last output, (batch, 4): the second has no sequence.
try:
    tf.keras.layers.LSTM(4)(tf.keras.layers.LSTM(4)(inputs))
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(": ")[1].split(". ")[0])
    #> expected ndim=3, found ndim=2

# Every recurrent layer but the last needs return_sequences=True.
hidden = tf.keras.layers.LSTM(4, return_sequences=True)(inputs)
print(hidden.shape, tf.keras.layers.LSTM(4)(hidden).shape)
#> (None, 10, 4) (None, 4)
