import tensorflow as tf

x = tf.keras.Input(shape=(3, 16))

# Attention and AdditiveAttention take [query, value] (or [query, value, key]) as a list.
try:
    tf.keras.layers.AdditiveAttention()(x)
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(", namely")[0])
    #> AdditiveAttention layer must be called on a list of inputs

# Self-attention: the same tensor as query and value.
print(tf.keras.layers.AdditiveAttention()([x, x]).shape)
#> (None, 3, 16)
