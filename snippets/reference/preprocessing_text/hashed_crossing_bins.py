import numpy as np
import tensorflow as tf

colour = np.array(["red", "red", "blue"])
size = np.array([1, 2, 1])
# One bin per combination of the two features' values (a feature cross).
crossing = tf.keras.layers.HashedCrossing(num_bins=5)
print(crossing((colour, size)).numpy())
#> [4 3 3]
one_hot = tf.keras.layers.HashedCrossing(num_bins=5, output_mode="one_hot")
print(one_hot((colour, size)).numpy())
'''
[[0. 0. 0. 0. 1.]
 [0. 0. 0. 1. 0.]
 [0. 0. 0. 1. 0.]]
'''

# It needs a tuple of features, all of the same shape.
try:
    crossing(colour)
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print("should be called on a list or tuple of inputs" in str(error))
    #> True
