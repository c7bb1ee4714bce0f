import re

import tensorflow as tf

# A 2x2 pool with padding="valid" on a 1x1 map leaves no window to pool.
x = tf.keras.Input(shape=(1, 1, 8))
try:
    tf.keras.layers.MaxPooling2D()(x)
except ValueError as e:
    print(type(e).__name__)
    #> ValueError
    print(re.search(r"Computed output size would be zero or negative", str(e))[0])
    #> Computed output size would be zero or negative
# padding="same" pads the map to a whole window.
print(tf.keras.layers.MaxPooling2D(padding="same")(x).shape)
#> (None, 1, 1, 8)
