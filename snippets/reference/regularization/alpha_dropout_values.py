import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
layer = tf.keras.layers.AlphaDropout(0.2)

# Inputs with mean 0 and standard deviation 1, as SELU keeps them.
x = np.random.default_rng(0).normal(size=(1, 1_000_000)).astype("float32")

# Training: dropped values become SELU's negative limit, then all values are shifted and
# scaled so that the mean and standard deviation stay 0 and 1.
y = layer(x, training=True).numpy()
print(round(float(y.mean()), 2), round(float(y.std()), 2))
#> 0.0 1.0
# About a fifth of the values share one value: the dropped ones.
_, counts = np.unique(y.round(5), return_counts=True)
print(round(counts.max() / y.size, 2))
#> 0.2

# Inference: the input unchanged.
print(np.array_equal(layer(x, training=False).numpy(), x))
#> True
