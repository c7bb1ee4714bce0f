import numpy as np
import tensorflow as tf

# AlphaDropout does not check `rate` when it is created...
layer = tf.keras.layers.AlphaDropout(1.5)
x = np.ones((1, 4), dtype="float32")
print(layer(x).numpy())
#> [[1. 1. 1. 1.]]

# ...a rate above 1 fails at the first call in training, on a square root of a negative.
try:
    layer(x, training=True)
except TypeError as error:
    print(type(error).__name__, "Cannot convert" in str(error))
    #> TypeError True
