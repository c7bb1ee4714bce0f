import tensorflow as tf

# The query heads are split evenly among the key/value heads.
try:
    tf.keras.layers.GroupQueryAttention(head_dim=8, num_query_heads=4, num_key_value_heads=3)
except ValueError as error:
    print(type(error).__name__, error)
    #> ValueError `num_query_heads` must be divisible by `num_key_value_heads`.

# num_key_value_heads=1 is multi-query attention; equal to the query heads, multi-head.
for heads in [1, 4]:
    layer = tf.keras.layers.GroupQueryAttention(8, num_query_heads=4, num_key_value_heads=heads)
    print(heads, layer(tf.keras.Input((3, 16)), tf.keras.Input((5, 16))).shape)
    #> 1 (None, 3, 16)
    #> 4 (None, 3, 16)
