import numpy as np
import tensorflow as tf

query = np.ones((2, 3, 16), dtype="float32")
value = np.ones((2, 5, 8), dtype="float32")

# Dot-product scores need query and key (here the value) of the same feature size.
# A symbolic call does not notice; the first call on data fails.
print(tf.keras.layers.Attention()([tf.keras.Input((3, 16)), tf.keras.Input((5, 8))]).shape)
#> (None, 3, 8)
try:
    tf.keras.layers.Attention()([query, value])
except tf.errors.InvalidArgumentError as error:
    print(type(error).__name__, "Matrix size-incompatible" in str(error))
    #> InvalidArgumentError True

# MultiHeadAttention projects both to key_dim first, so the sizes may differ.
print(tf.keras.layers.MultiHeadAttention(num_heads=2, key_dim=8)(query, value).shape)
#> (2, 3, 16)
