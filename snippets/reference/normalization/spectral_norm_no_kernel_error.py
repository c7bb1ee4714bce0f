import tensorflow as tf

# SpectralNormalization needs a layer with a `kernel` (or `embeddings`) to normalize.
try:
    tf.keras.layers.SpectralNormalization(tf.keras.layers.Dropout(0.5))(tf.keras.Input((4,)))
except ValueError as error:
    print(type(error).__name__, error)
    #> ValueError Dropout object has no attribute 'kernel' nor 'embeddings'

# Conv2D has one: it works.
wrapped = tf.keras.layers.SpectralNormalization(tf.keras.layers.Conv2D(4, 3))
print(wrapped(tf.keras.Input((8, 8, 3))).shape)
#> (None, 6, 6, 4)
