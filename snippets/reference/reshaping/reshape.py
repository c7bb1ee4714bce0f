import tensorflow as tf

inputs = tf.keras.Input(shape=(12,))
# target_shape leaves out the batch axis; -1 means "whatever size makes the count fit".
reshape = tf.keras.layers.Reshape((4, 3))
print(reshape(inputs).shape, reshape.count_params())
#> (None, 4, 3) 0
print(tf.keras.layers.Reshape((-1, 2))(inputs).shape)
#> (None, 6, 2)
x = tf.range(6)[None, :]
print(tf.keras.layers.Reshape((2, 3))(x).numpy().tolist())
#> [[[0, 1, 2], [3, 4, 5]]]
