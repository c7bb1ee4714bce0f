import numpy as np
import tensorflow as tf


def column_norms(layer):
    return [round(float(n), 4) for n in np.linalg.norm(layer.kernel.numpy(), axis=0)]


layer = tf.keras.layers.Dense(
    2, kernel_initializer="ones", kernel_constraint=tf.keras.constraints.MaxNorm(1.0)
)
layer(np.ones((1, 3), dtype="float32"))  # build and call
print(column_norms(layer))  # still √3 per column: neither building nor calling projects
#> [1.7321, 1.7321]
print(type(layer.kernel.constraint).__name__)  # the constraint travels with the variable
#> MaxNorm

layer.kernel.assign(2 * np.ones((3, 2)))  # assigning by hand is not projected either
print(column_norms(layer))
#> [3.4641, 3.4641]

# The optimizer projects after its update, even when the gradient is zero.
optimizer = tf.keras.optimizers.SGD(learning_rate=0.1)
zeros = [tf.zeros_like(w) for w in layer.trainable_weights]
optimizer.apply_gradients(zip(zeros, layer.trainable_weights, strict=True))
print(column_norms(layer))
#> [1.0, 1.0]
