import tensorflow as tf

query = tf.keras.Input(shape=(3, 16))
value = tf.keras.Input(shape=(5, 16))
# 4 query heads share 2 key/value heads (2 query heads per group), each of size 8.
layer = tf.keras.layers.GroupQueryAttention(head_dim=8, num_query_heads=4, num_key_value_heads=2)
print(layer(query, value).shape)
#> (None, 3, 16)

counts = {}
for weight in layer.weights:
    part = weight.path.split("/")[1]
    counts[part] = counts.get(part, 0) + int(tf.size(weight))
print(counts)
#> {'query': 544, 'key': 272, 'value': 272, 'attention_output': 528}
print(layer.count_params())
#> 1616

# MultiHeadAttention with 4 heads of size 8 has more: 4 key and 4 value heads.
multi_head = tf.keras.layers.MultiHeadAttention(num_heads=4, key_dim=8)
multi_head(query, value)
print(multi_head.count_params())
#> 2160
