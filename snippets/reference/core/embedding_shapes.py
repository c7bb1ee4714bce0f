import tensorflow as tf

# A table of 10 rows (token ids 0 to 9), each a vector of 4 numbers.
embedding = tf.keras.layers.Embedding(input_dim=10, output_dim=4)
ids = tf.constant([[1, 2, 3, 0, 0], [4, 5, 0, 0, 0]])
print(embedding(ids).shape)
#> (2, 5, 4)
print(embedding.count_params(), "=", 10 * 4)
#> 40 = 40

# With mask_zero=True, id 0 is padding: the mask marks the real tokens.
masked = tf.keras.layers.Embedding(input_dim=10, output_dim=4, mask_zero=True)
print(masked.compute_mask(ids).numpy().astype(int).tolist())
#> [[1, 1, 1, 0, 0], [1, 1, 0, 0, 0]]
