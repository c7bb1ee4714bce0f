import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
layer = tf.keras.layers.SpectralNormalization(tf.keras.layers.Dense(8), power_iterations=5)
x = np.ones((2, 16), dtype="float32")
layer(x)


def largest_singular_value():
    return float(np.linalg.svd(layer.layer.kernel.numpy(), compute_uv=False)[0])


# Inference leaves the wrapped kernel as it is.
print(round(largest_singular_value(), 2))
#> 1.57
layer(x, training=False)
print(round(largest_singular_value(), 2))
#> 1.57

# Training divides the kernel by its largest singular value (estimated by power iteration).
layer(x, training=True)
print(round(largest_singular_value(), 2))
#> 1.0
