import numpy as np
import tensorflow as tf

x = np.array([[1.0, 2.0, 3.0, 6.0], [10.0, 10.0, 10.0, 50.0]], dtype="float32")
layer = tf.keras.layers.LayerNormalization()

# Each sample is normalized over its own features; then scaled by gamma and shifted by beta.
y = layer(x).numpy()
print(y.round(4))
'''
[[-1.0689 -0.5344  0.      1.6033]
 [-0.5773 -0.5773 -0.5773  1.732 ]]
'''

# By hand, with epsilon=0.001 (gamma is 1 and beta is 0 before training).
mean, var = x.mean(axis=-1, keepdims=True), x.var(axis=-1, keepdims=True)
print(np.allclose(y, (x - mean) / np.sqrt(var + 0.001), atol=1e-5))
#> True

# Training and inference give the same result: there are no moving statistics.
print(np.allclose(layer(x, training=True), layer(x, training=False)))
#> True
