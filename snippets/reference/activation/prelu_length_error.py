import numpy as np
import tensorflow as tf

# Built for sequences of length 4, the layer holds 4 × 3 slopes...
layer = tf.keras.layers.PReLU()
layer(np.zeros((2, 4, 3), dtype="float32"))
print(layer.alpha.shape)
#> (4, 3)

# ...so a sequence of length 5 does not fit them.
try:
    layer(np.zeros((2, 5, 3), dtype="float32"))
except tf.errors.InvalidArgumentError as error:
    print(type(error).__name__, "Incompatible shapes" in str(error))
    #> InvalidArgumentError True

# Sharing the slope along the time axis makes it work for any length.
shared = tf.keras.layers.PReLU(shared_axes=[1])
shared(np.zeros((2, 4, 3), dtype="float32"))
print(shared(np.zeros((2, 5, 3), dtype="float32")).shape)
#> (2, 5, 3)
