import tensorflow as tf

query = tf.keras.Input(shape=(3, 16))
value = tf.keras.Input(shape=(5, 16))
layer = tf.keras.layers.MultiHeadAttention(num_heads=2, key_dim=8)
layer(query, value)

# Four dense projections: query, key and value (16 -> 2 heads × 8), and the output (2 × 8 -> 16).
counts = {}
for weight in layer.weights:
    part = weight.path.split("/")[1]
    counts[part] = counts.get(part, 0) + int(tf.size(weight))
print(counts)
#> {'query': 272, 'key': 272, 'value': 272, 'attention_output': 272}
print(layer.count_params())
#> 1088

# By hand: 3 × (16 × 2 × 8 + 2 × 8) + (2 × 8 × 16 + 16).
print(3 * (16 * 2 * 8 + 2 * 8) + (2 * 8 * 16 + 16))
#> 1088
