import tensorflow as tf

colours = ["red", "blue", "red", "green", "red", "blue"]
lookup = tf.keras.layers.StringLookup()

# Before adapt() the lookup table is empty: calling the layer fails.
try:
    lookup(["red"])
except tf.errors.FailedPreconditionError as error:
    print(type(error).__name__)
    #> FailedPreconditionError
    print("Table not initialized" in str(error))
    #> True

# adapt() keeps each distinct string, most frequent first, after the OOV token.
lookup.adapt(colours)
print([str(word) for word in lookup.get_vocabulary()])
#> ['[UNK]', 'red', 'blue', 'green']
print(lookup(["red", "green", "pink"]).numpy())  # pink: not seen, index 0
#> [1 3 0]

# invert=True maps indices back to strings.
inverse = tf.keras.layers.StringLookup(vocabulary=lookup.get_vocabulary()[1:], invert=True)
print(inverse([1, 3, 0]).numpy())
#> [b'red' b'green' b'[UNK]']
