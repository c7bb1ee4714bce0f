import numpy as np
import tensorflow as tf

# Unlike Normalization, Discretization fails loudly when used before adapt().
disc = tf.keras.layers.Discretization(num_bins=4)
try:
    disc(np.array([[1.0], [5.0]]))
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print("call `adapt(dataset)` before" in str(error))
    #> True

# It also needs one of num_bins or bin_boundaries, and not both.
try:
    tf.keras.layers.Discretization()
except ValueError as error:
    print(type(error).__name__, error)
    #> ValueError You need to set either `num_bins` or `bin_boundaries`.
