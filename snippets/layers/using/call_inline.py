import tensorflow as tf

x = tf.ones((2, 4))

# Style 2: create and call in one expression; the layer object is not kept in a name.
y = tf.keras.layers.Dense(3)(x)

print(y.shape)
#> (2, 3)
