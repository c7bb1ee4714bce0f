import tensorflow as tf

# Every axis but the batch axis becomes one: 4 * 4 * 8 = 128 values per sample.
flatten = tf.keras.layers.Flatten()
print(flatten(tf.keras.Input(shape=(4, 4, 8))).shape)
#> (None, 128)
print(flatten(tf.constant([[[1, 2], [3, 4]]])).numpy().tolist())
#> [[1, 2, 3, 4]]
print(flatten.count_params())
#> 0
