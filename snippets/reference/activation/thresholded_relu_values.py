import numpy as np
import tensorflow as tf

x = np.array([[-1.0, 0.5, 1.0, 1.5, 3.0]], dtype="float32")

# Values above theta pass unchanged, the others become 0: 1.0, equal to theta, is 0.
# (-0. is a zero: the layer multiplies x by 0 or 1.)
layer = tf.keras.layers.ThresholdedReLU(theta=1.0)
print(layer(x).numpy())
#> [[-0.   0.   0.   1.5  3. ]]

# The input's shape, and no weights.
print(layer(tf.keras.Input(shape=(4, 3))).shape, layer.count_params())
#> (None, 4, 3) 0

# Keras 3 keeps it among its legacy layers, documented only as deprecated.
print(type(layer).__module__, layer.__doc__)
#> keras.src.legacy.layers DEPRECATED.

# ReLU with the same threshold computes the same values.
relu = tf.keras.layers.ReLU(threshold=1.0)
print(np.array_equal(relu(x).numpy(), layer(x).numpy()))
#> True
