import numpy as np
import tensorflow as tf

codes = np.array([7, 3, 7, 7, 12, 3])  # e.g. product ids, not counts
lookup = tf.keras.layers.IntegerLookup()

# Before adapt() the lookup table is empty: calling the layer fails.
try:
    lookup(np.array([7]))
except tf.errors.FailedPreconditionError as error:
    print(type(error).__name__)
    #> FailedPreconditionError
    print("Table not initialized" in str(error))
    #> True

# adapt() keeps each distinct value, most frequent first, after the OOV value -1.
lookup.adapt(codes)
print([int(value) for value in lookup.get_vocabulary()])
#> [-1, 7, 3, 12]
print(lookup(np.array([7, 3, 12, 99])).numpy())  # 99: not seen, index 0
#> [1 2 3 0]
print(lookup.vocabulary_size())  # the size an Embedding of these indices needs
#> 4
