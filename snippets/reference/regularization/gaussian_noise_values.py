import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
layer = tf.keras.layers.GaussianNoise(0.1)
x = np.zeros((1, 4), dtype="float32")

# Training: adds noise drawn from a normal distribution with mean 0 and stddev 0.1.
print(layer(x, training=True).numpy().round(4))
#> [[ 0.1073 -0.0417  0.0368  0.0465]]
# Inference: the input unchanged.
print(layer(x, training=False).numpy())
#> [[0. 0. 0. 0.]]

# On a million zeros, the noise has mean 0 and standard deviation 0.1.
noise = layer(np.zeros((1, 1_000_000), dtype="float32"), training=True).numpy()
print(round(float(noise.mean()), 2), round(float(noise.std()), 2))
#> 0.0 0.1
