import re

import tensorflow as tf

# Each sample's vector is repeated n times along a new axis: (batch, features) to
# (batch, n, features), e.g. to feed one encoding to every step of a decoder.
repeat = tf.keras.layers.RepeatVector(3)
print(repeat(tf.keras.Input(shape=(4,))).shape)
#> (None, 3, 4)
print(repeat(tf.constant([[1, 2]])).numpy().tolist())
#> [[[1, 2], [1, 2], [1, 2]]]

# It takes only (batch, features): a sequence must be flattened or pooled first.
try:
    tf.keras.layers.RepeatVector(3)(tf.keras.Input(shape=(5, 4)))
except ValueError as e:
    print(type(e).__name__, re.search(r"expected ndim=2, found ndim=3", str(e))[0])
    #> ValueError expected ndim=2, found ndim=3
