import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
# One channel with mean 50: contrast scales each value's distance from the mean.
image = np.array([40, 45, 55, 60], "float32").reshape(1, 1, 4, 1)
layer = tf.keras.layers.RandomContrast(0.5, seed=1)

out = layer(image).numpy().ravel()
print(out.round(1), "mean", out.mean().round(1))
#> [35.6 42.8 57.2 64.4] mean 50.0
factor = (out[3] - 50) / (60 - 50)
print("factor", factor.round(3), "in [0.5, 1.5]:", bool(0.5 <= factor <= 1.5))
#> factor 1.439 in [0.5, 1.5]: True
