import tensorflow as tf

query = tf.keras.Input(shape=(3, 16))  # 3 positions that ask
value = tf.keras.Input(shape=(5, 16))  # 5 positions that answer

attention = tf.keras.layers.Attention()
additive = tf.keras.layers.AdditiveAttention()
multi_head = tf.keras.layers.MultiHeadAttention(num_heads=2, key_dim=8)
grouped = tf.keras.layers.GroupQueryAttention(8, num_query_heads=4, num_key_value_heads=2)

# Attention and AdditiveAttention take a list; the other two take query and value.
calls = [(attention, [query, value]), (additive, [query, value])]
for layer, inputs in calls:
    print(type(layer).__name__, layer(inputs).shape, layer.count_params())
    #> Attention (None, 3, 16) 0
    #> AdditiveAttention (None, 3, 16) 16
for layer in [multi_head, grouped]:
    print(type(layer).__name__, layer(query, value).shape, layer.count_params())
    #> MultiHeadAttention (None, 3, 16) 1088
    #> GroupedQueryAttention (None, 3, 16) 1616

# None of them has non-trainable weights.
print([len(layer.non_trainable_weights) for layer in [attention, additive, multi_head, grouped]])
#> [0, 0, 0, 0]
