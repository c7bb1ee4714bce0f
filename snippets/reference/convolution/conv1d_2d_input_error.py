import re

import tensorflow as tf

# Conv1D needs (batch, steps, channels). A plain sequence of numbers needs a channel axis.
try:
    tf.keras.layers.Conv1D(8, 3)(tf.keras.Input(shape=(20,)))
except ValueError as e:
    print(type(e).__name__)
    #> ValueError
    print(re.search(r"expected .*?found ndim=\d+", str(e))[0])
    #> expected min_ndim=3, found ndim=2
print(tf.keras.layers.Conv1D(8, 3)(tf.keras.Input(shape=(20, 1))).shape)
#> (None, 18, 8)
