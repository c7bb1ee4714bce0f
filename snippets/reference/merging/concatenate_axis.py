import tensorflow as tf

a = tf.keras.Input(shape=(3, 4))
b = tf.keras.Input(shape=(3, 6))
c = tf.keras.Input(shape=(5, 4))

# The sizes along `axis` add up; every other axis must match.
print(tf.keras.layers.Concatenate()([a, b]).shape)
#> (None, 3, 10)
print(tf.keras.layers.Concatenate(axis=1)([a, c]).shape)
#> (None, 8, 4)
print(tf.keras.layers.concatenate([a, b, b]).shape)
#> (None, 3, 16)
