import numpy as np
import tensorflow as tf

# 1000 skewed values (waiting times, say): most small, a few large.
rng = np.random.default_rng(0)
values = rng.exponential(10.0, size=(1000, 1)).astype("float32")

# num_bins=4: adapt() finds the 3 edges that split the data into quarters.
disc = tf.keras.layers.Discretization(num_bins=4)
disc.adapt(values)
print(np.round(disc.bin_boundaries, 2).tolist())
#> [3.03, 7.43, 13.96]

# Each bin holds about a quarter of the values.
bins = disc(values).numpy()
print(bins.dtype, np.bincount(bins.ravel()).tolist())
#> int32 [249, 250, 250, 251]

# A value gets the index of its bin: below the first edge 0, above the last 3.
print(disc(np.array([[1.0], [5.0], [10.0], [50.0]])).numpy().ravel().tolist())
#> [0, 1, 2, 3]
