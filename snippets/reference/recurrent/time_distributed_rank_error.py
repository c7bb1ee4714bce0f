import tensorflow as tf

# TimeDistributed needs a time axis after the batch axis: at least 3 axes.
try:
    tf.keras.layers.TimeDistributed(tf.keras.layers.Dense(4))(tf.keras.Input(shape=(3,)))
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(", received")[0])
    '''
    `TimeDistributed` Layer should be passed an `input_shape` with at least 3 dimensions
    '''
