import re

import tensorflow as tf

# A grey image of 28x28 still needs its channel axis: (28, 28, 1), not (28, 28).
try:
    tf.keras.layers.Conv2D(16, 3)(tf.keras.Input(shape=(28, 28)))
except ValueError as e:
    print(type(e).__name__)
    #> ValueError
    print(re.search(r"expected .*?found ndim=\d+", str(e))[0])
    #> expected min_ndim=4, found ndim=3
print(tf.keras.layers.Conv2D(16, 3)(tf.keras.Input(shape=(28, 28, 1))).shape)
#> (None, 26, 26, 16)
