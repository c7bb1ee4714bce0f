import numpy as np
import tensorflow as tf

prices = np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], dtype="float32")  # 6 samples of 1 feature?

# A 1-D array reads as ONE sample of 6 features: 6 means, each variance 0.
wrong = tf.keras.layers.Normalization()
wrong.adapt(prices)
print(wrong.mean.shape, wrong.variance.numpy().ravel())
#> (6,) [0. 0. 0. 0. 0. 0.]
# Called on a column of prices, it broadcasts to a (6, 6) table of huge values, no error.
outputs = wrong(prices.reshape(-1, 1))
print(outputs.shape, float(abs(outputs).numpy().max()))
#> (6, 6) 50000000.0

# One column per feature: shape (samples, features).
right = tf.keras.layers.Normalization()
right.adapt(prices.reshape(-1, 1))
print(right.mean.numpy().ravel(), right.variance.numpy().round(3).ravel())
#> [3.5] [2.917]
print(right(prices.reshape(-1, 1)).numpy().round(2).ravel())
#> [-1.46 -0.88 -0.29  0.29  0.88  1.46]
