import numpy as np
import tensorflow as tf

layer = tf.keras.layers.Dense(
    2,
    kernel_initializer="ones",  # W: 3 × 2, every entry 1
    bias_initializer="ones",  # b: 2 entries, each 1
    kernel_regularizer=tf.keras.regularizers.L2(0.1),
    bias_regularizer=tf.keras.regularizers.L1(0.5),
)
print(len(layer.losses))  # not built yet: no weights, no terms
#> 0

layer.build((None, 3))  # creating the weights is enough; no input needed
print(np.round([float(loss) for loss in layer.losses], 4))
#> [0.6 1. ]

# The same numbers from the formulas: 0.1 · sum(W²) and 0.5 · sum(|b|).
W, b = layer.kernel.numpy(), layer.bias.numpy()
print(round(0.1 * float(np.sum(W**2)), 4), round(0.5 * float(np.sum(np.abs(b))), 4))
#> 0.6 1.0
