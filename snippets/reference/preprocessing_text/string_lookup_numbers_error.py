import numpy as np
import tensorflow as tf

lookup = tf.keras.layers.StringLookup(vocabulary=["1", "2"])
# StringLookup reads strings only; numbers need IntegerLookup (or a cast to string).
try:
    lookup(np.array([1, 2]))
except tf.errors.UnimplementedError as error:
    print(type(error).__name__)
    #> UnimplementedError
    print("Cast int64 to string is not supported" in str(error))
    #> True

print(tf.keras.layers.IntegerLookup(vocabulary=[1, 2])(np.array([1, 2])).numpy())
#> [1 2]
