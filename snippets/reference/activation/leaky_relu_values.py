import warnings

import numpy as np
import tensorflow as tf

x = np.array([[-10.0, -1.0, 0.0, 2.0]], dtype="float32")

# Negative inputs are multiplied by negative_slope (0.3 by default), positive ones kept.
print(tf.keras.layers.LeakyReLU()(x).numpy())
#> [[-3.  -0.3  0.   2. ]]
print(tf.keras.layers.LeakyReLU(negative_slope=0.01)(x).numpy().round(4))
#> [[-0.1  -0.01  0.    2.  ]]

# Keras 2 called the slope `alpha`: still accepted, with a warning, as negative_slope.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    layer = tf.keras.layers.LeakyReLU(alpha=0.01)
print(layer.negative_slope)
#> 0.01
print(str(caught[0].message))
#> Argument `alpha` is deprecated. Use `negative_slope` instead.
