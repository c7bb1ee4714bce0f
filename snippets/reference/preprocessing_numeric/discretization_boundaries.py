import numpy as np
import tensorflow as tf

values = np.array([[-1.0], [0.5], [1.0], [2.5]], dtype="float32")

# Edges given: bins (-inf, 0), [0, 1), [1, 2), [2, inf). No adapt() needed.
disc = tf.keras.layers.Discretization(bin_boundaries=[0.0, 1.0, 2.0])
print(disc(values).numpy().ravel().tolist())
#> [0, 1, 2, 3]

# output_mode="one_hot": one column per bin instead of the index.
one_hot = tf.keras.layers.Discretization(bin_boundaries=[0.0, 1.0, 2.0], output_mode="one_hot")
print(one_hot(values).numpy().astype(int).tolist())
#> [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]

# Shapes in a model, and no weights.
inputs = tf.keras.Input(shape=(1,))
print(disc(inputs).shape, one_hot(inputs).shape, disc.count_params())
#> (None, 1) (None, 4) 0
