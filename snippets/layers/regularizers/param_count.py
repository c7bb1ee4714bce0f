import numpy as np
import tensorflow as tf

plain = tf.keras.layers.Dense(4)
extras = tf.keras.layers.Dense(
    4,
    kernel_regularizer="l2",
    bias_regularizer="l1",
    activity_regularizer="l2",
    kernel_constraint="max_norm",
    bias_constraint="non_neg",
)
x = np.ones((2, 3), dtype="float32")
for layer in [plain, extras]:
    y = layer(x)
    # Same output shape, same weights: units × (inputs + 1) = 4 × (3 + 1) either way.
    print(tuple(y.shape), layer.count_params(), [tuple(w.shape) for w in layer.weights])
    #> (2, 4) 16 [(3, 4), (4,)]
    #> (2, 4) 16 [(3, 4), (4,)]
