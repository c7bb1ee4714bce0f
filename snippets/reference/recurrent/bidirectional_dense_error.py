import tensorflow as tf

# Bidirectional wraps a recurrent layer; a Dense layer cannot be run backwards.
try:
    tf.keras.layers.Bidirectional(tf.keras.layers.Dense(4))
except TypeError as error:
    # The message is about deserializing the backward copy, not about Dense.
    print(type(error).__name__, "could not be deserialized" in str(error))
    #> TypeError True

print(tf.keras.layers.Bidirectional(tf.keras.layers.GRU(4))(tf.keras.Input((10, 3))).shape)
#> (None, 8)
