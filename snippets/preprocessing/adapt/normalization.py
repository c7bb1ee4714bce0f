import numpy as np
import tensorflow as tf

# 200 samples of two features on very different scales.
rng = np.random.default_rng(0)
data = rng.normal(loc=[50.0, 0.2], scale=[10.0, 0.05], size=(200, 2)).astype("float32")

normalize = tf.keras.layers.Normalization()  # axis=-1: one mean and variance per feature
normalize.adapt(data)
mean = np.asarray(normalize.mean, dtype="float64").ravel()
variance = np.asarray(normalize.variance, dtype="float64").ravel()
print(mean.round(3).tolist(), variance.round(4).tolist())
#> [49.02, 0.201] [95.9057, 0.0025]
# The same numbers NumPy computes over the samples (axis 0).
print(
    np.allclose(normalize.mean, data.mean(axis=0)),
    np.allclose(normalize.variance, data.var(axis=0)),
)
#> True True

# The layer now computes (x - mean) / sqrt(variance): each feature has mean 0 and std 1.
outputs = normalize(data).numpy()
print(np.abs(outputs.mean(axis=0)).round(3), outputs.std(axis=0).round(3))
#> [0. 0.] [1. 1.]
