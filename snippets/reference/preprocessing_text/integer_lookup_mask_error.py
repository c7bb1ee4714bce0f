import numpy as np
import tensorflow as tf

# mask_token reserves index 0 for padding; 0 must then not be a real value.
try:
    tf.keras.layers.IntegerLookup(vocabulary=[0, 1, 2], mask_token=0)
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(". ")[0])
    #> Found reserved mask token at unexpected location in `vocabulary`

# Given in the data instead, a real 0 silently becomes the mask, like padding.
lookup = tf.keras.layers.IntegerLookup(vocabulary=[1, 2], mask_token=0)
print([int(value) for value in lookup.get_vocabulary()])
#> [0, -1, 1, 2]
print(lookup(np.array([0, 1, 5])).numpy())
#> [0 2 1]
