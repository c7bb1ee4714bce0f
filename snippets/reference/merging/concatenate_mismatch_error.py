import tensorflow as tf

a = tf.keras.Input(shape=(3, 4))
c = tf.keras.Input(shape=(5, 4))

# The default axis is the last one: (3, 4) and (5, 4) differ on axis 1, which is not joined.
try:
    tf.keras.layers.Concatenate()([a, c])
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(". ")[0])
    '''
    A `Concatenate` layer requires inputs with matching shapes except for the concatenation axis
    '''

# Joining along the axis that differs works.
print(tf.keras.layers.Concatenate(axis=1)([a, c]).shape)
#> (None, 8, 4)
