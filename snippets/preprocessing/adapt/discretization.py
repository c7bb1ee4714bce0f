import numpy as np
import tensorflow as tf

rng = np.random.default_rng(0)
ages = rng.integers(18, 80, size=(1000, 1)).astype("float32")

# num_bins=4: adapt() picks the 3 edges that split the data into quarters.
bucketize = tf.keras.layers.Discretization(num_bins=4)
bucketize.adapt(ages)
print(np.round(bucketize.bin_boundaries, 2))
#> [34. 50. 65.]
print(np.percentile(ages, [25, 50, 75]))
#> [34. 50. 65.]

# Each value becomes the number of its bin; about a quarter of the data falls in each.
bins = bucketize(ages).numpy().ravel()
print(np.bincount(bins))
#> [233 251 260 256]
print(bucketize([[18.0], [40.0], [79.0]]).numpy().ravel())
#> [0 1 3]
