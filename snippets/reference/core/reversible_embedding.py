import tensorflow as tf

tf.keras.utils.set_random_seed(0)
layer = tf.keras.layers.ReversibleEmbedding(input_dim=10, output_dim=4)
ids = tf.constant([[1, 2, 3]])

# Forward: ids to vectors. Reverse: vectors back to one score per token of the vocabulary,
# with the same table, transposed (tie_weights=True).
vectors = layer(ids)
scores = layer(vectors, reverse=True)
print(vectors.shape, scores.shape)
#> (1, 3, 4) (1, 3, 10)
print(layer.count_params(), "=", 10 * 4)
#> 40 = 40

untied = tf.keras.layers.ReversibleEmbedding(input_dim=10, output_dim=4, tie_weights=False)
untied(untied(ids), reverse=True)
print(untied.count_params(), "=", 2 * 10 * 4)
#> 80 = 80
