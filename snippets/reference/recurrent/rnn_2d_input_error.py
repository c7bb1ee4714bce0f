import tensorflow as tf

# An RNN reads a sequence: (batch, timesteps, features). Two axes are not enough.
try:
    tf.keras.layers.LSTM(4)(tf.keras.Input(shape=(10,)))
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(": ")[1].split(". ")[0])
    #> expected ndim=3, found ndim=2

# Ten values of one feature each: shape (10, 1); or one timestep of ten features: (1, 10).
print(tf.keras.layers.LSTM(4)(tf.keras.Input(shape=(10, 1))).shape)
#> (None, 4)
reshaped = tf.keras.layers.Reshape((10, 1))(tf.keras.Input(shape=(10,)))
print(tf.keras.layers.LSTM(4)(reshaped).shape)
#> (None, 4)
