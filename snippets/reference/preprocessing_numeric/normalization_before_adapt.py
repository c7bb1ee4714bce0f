import numpy as np
import tensorflow as tf

rows = np.array([[8.0, 140.0], [13.0, 70.0]], dtype="float32")

# Forgotten adapt(): no error. The layer starts with mean 0 and variance 1...
norm = tf.keras.layers.Normalization()
print(norm(rows).numpy().tolist())
#> [[8.0, 140.0], [13.0, 70.0]]
print(norm.mean.numpy().ravel().tolist(), norm.variance.numpy().ravel().tolist())
#> [0.0, 0.0] [1.0, 1.0]

# ...so it returns its input unchanged: the model trains on raw values.
print(np.array_equal(norm(rows).numpy(), rows))
#> True

# adapt() replaces those starting values with the data's own.
norm.adapt(rows)
print(norm(rows).numpy().tolist())
#> [[-1.0, 1.0], [1.0, -1.0]]
