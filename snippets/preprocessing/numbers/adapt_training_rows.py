import numpy as np
import tensorflow as tf
from sklearn.datasets import load_wine

features, labels = load_wine(return_X_y=True)
features = features.astype("float32")
order = np.random.default_rng(0).permutation(len(features))
train, test = order[:128], order[128:]  # 128 rows to learn from, 50 to test on

# Adapt on the training rows only: the test rows stand for data not seen yet.
norm = tf.keras.layers.Normalization()
norm.adapt(features[train])
print(norm.mean.shape, round(float(norm.mean[0, 12]), 1))  # proline's mean
#> (1, 13) 740.8

# Training rows come out with mean 0 and standard deviation 1, feature by feature.
scaled = norm(features[train]).numpy()
print(np.allclose(scaled.mean(axis=0), 0, atol=1e-5), np.allclose(scaled.std(axis=0), 1, atol=1e-3))
#> True True

# Test rows go through the same fixed statistics: close to 0 and 1, not exactly.
scaled = norm(features[test]).numpy()
print(round(float(scaled[:, 12].mean()), 2), round(float(scaled[:, 12].std()), 2))
#> 0.07 1.05
