import numpy as np
import tensorflow as tf

ages = np.array([20.0, 30.0, 40.0, 50.0, 60.0], dtype="float32")  # shape (5,)

# A 1-D array: the last axis is the batch, so each position gets its own mean.
norm = tf.keras.layers.Normalization()
norm.adapt(ages)
print(norm.mean.numpy().ravel().tolist())
#> [20.0, 30.0, 40.0, 50.0, 60.0]
print(norm(ages).numpy().tolist())  # every value is its own mean: all zeros
#> [0.0, 0.0, 0.0, 0.0, 0.0]

# axis=None learns one mean and variance for all the values (as shape (5, 1) would).
norm = tf.keras.layers.Normalization(axis=None)
norm.adapt(ages)
print(norm.mean.numpy().item(), norm.variance.numpy().item())
#> 40.0 200.0
print(norm(ages).numpy().astype(float).round(2).tolist())
#> [-1.41, -0.71, 0.0, 0.71, 1.41]
