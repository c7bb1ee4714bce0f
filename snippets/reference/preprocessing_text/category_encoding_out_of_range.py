import tensorflow as tf

layers = tf.keras.layers
# num_tokens is required: the layer cannot learn it.
try:
    layers.CategoryEncoding(output_mode="one_hot")
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(". ")[0])
    #> num_tokens must be set to use this layer

# The usual slip: num_tokens from the word list, forgetting the lookup's OOV index 0.
vocabulary = ["red", "green", "blue"]
lookup = layers.StringLookup(vocabulary=vocabulary)
ids = lookup(["red", "blue"])
print(ids.numpy(), len(vocabulary), lookup.vocabulary_size())
#> [1 3] 3 4
# An id of num_tokens or more raises no error: its row is silently all zeros.
wrong = layers.CategoryEncoding(num_tokens=len(vocabulary), output_mode="one_hot")
print(wrong(ids).numpy())
'''
[[0. 1. 0.]
 [0. 0. 0.]]
'''
right = layers.CategoryEncoding(num_tokens=lookup.vocabulary_size(), output_mode="one_hot")
print(right(ids).numpy())
'''
[[0. 1. 0. 0.]
 [0. 0. 0. 1.]]
'''
