import tensorflow as tf

# On a vector: 3 inputs times 4 units, plus one bias per unit.
dense = tf.keras.layers.Dense(4)
outputs = dense(tf.keras.Input(shape=(3,)))
print(outputs.shape)
#> (None, 4)
print(dense.count_params(), "=", 3 * 4 + 4)
#> 16 = 16

# On a sequence: the same kernel is applied to the last axis at each of the 5 timesteps.
dense = tf.keras.layers.Dense(4)
outputs = dense(tf.keras.Input(shape=(5, 3)))
print(outputs.shape)
#> (None, 5, 4)
print(dense.count_params())
#> 16
