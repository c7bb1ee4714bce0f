import numpy as np
import tensorflow as tf

layer = tf.keras.layers.ActivityRegularization(l1=0.1, l2=0.01)
x = np.array([[1.0, -2.0, 3.0]], dtype="float32")

# The output is the input; the penalty goes to layer.losses.
print(layer(x).numpy())
#> [[ 1. -2.  3.]]
print(round(float(layer.losses[0]), 4))
#> 0.74

# The same by hand: 0.1 * (1 + 2 + 3) + 0.01 * (1 + 4 + 9).
print(round(0.1 * np.abs(x).sum() + 0.01 * np.square(x).sum(), 4))
#> 0.74

# It is added in inference as well.
layer(x, training=False)
print(round(float(layer.losses[0]), 4))
#> 0.74
