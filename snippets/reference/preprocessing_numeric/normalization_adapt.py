import numpy as np
import tensorflow as tf

# 200 rows of two features on very different scales: around 10 and around 100.
rng = np.random.default_rng(0)
data = rng.normal([10.0, 100.0], [2.0, 20.0], size=(200, 2)).astype("float32")

norm = tf.keras.layers.Normalization()  # axis=-1: one mean and variance per feature
norm.adapt(data)
print(norm.mean.numpy().ravel().astype(float).round(2).tolist())
#> [9.8, 100.49]
print(norm.variance.numpy().ravel().astype(float).round(1).tolist())
#> [3.8, 405.5]

# After the layer, each feature has mean 0 and standard deviation 1.
out = norm(data).numpy()
mean, std = out.mean(axis=0).astype(float), out.std(axis=0).astype(float)
print((mean.round(3) + 0.0).tolist(), std.round(3).tolist())  # + 0.0 turns -0.0 into 0.0
#> [0.0, 0.0] [1.0, 1.0]

# mean, variance and a count: weights that adapt() sets and fit() never trains.
print([w.name for w in norm.weights], norm.count_params(), len(norm.trainable_weights))
#> ['mean', 'variance', 'count'] 5 0
