import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
layer = tf.keras.layers.GaussianDropout(0.5)
x = np.ones((1, 4), dtype="float32")

# Training: multiplies by noise of mean 1 and stddev sqrt(rate / (1 - rate)).
print(layer(x, training=True).numpy().round(4))
#> [[2.0725 0.5826 1.368  1.4647]]
# Inference: the input unchanged.
print(layer(x, training=False).numpy())
#> [[1. 1. 1. 1.]]

# On a million ones with rate=0.5: mean 1, standard deviation sqrt(0.5 / 0.5) = 1.
y = layer(np.ones((1, 1_000_000), dtype="float32"), training=True).numpy()
print(round(float(y.mean()), 2), round(float(y.std()), 2))
#> 1.0 1.0
