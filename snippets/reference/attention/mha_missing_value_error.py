import tensorflow as tf

x = tf.keras.Input(shape=(4, 16))
layer = tf.keras.layers.MultiHeadAttention(num_heads=2, key_dim=8)

# The call needs query and value; for self-attention pass the same tensor twice.
try:
    layer(x)
except TypeError as error:
    print(type(error).__name__, error)
    #> TypeError missing a required argument: 'value'
print(layer(x, x).shape)
#> (None, 4, 16)
