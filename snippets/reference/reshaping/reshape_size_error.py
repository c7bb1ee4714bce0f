import re

import tensorflow as tf

# 12 values cannot fill a (5, 3) shape: the sizes must multiply to the input's.
try:
    tf.keras.layers.Reshape((5, 3))(tf.keras.Input(shape=(12,)))
except ValueError as e:
    print(type(e).__name__)
    #> ValueError
    print(re.search(r"The total size of the tensor must be unchanged", str(e))[0])
    #> The total size of the tensor must be unchanged
