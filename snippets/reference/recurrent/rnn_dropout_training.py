import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.default_rng(0).normal(size=(1, 5, 3)).astype("float32")
# dropout: on the inputs; recurrent_dropout: on the previous state (same mask every step).
layer = tf.keras.layers.GRU(4, dropout=0.5, recurrent_dropout=0.5)

# Training: two calls drop different values, so they differ.
first = layer(x, training=True).numpy()
second = layer(x, training=True).numpy()
print(np.allclose(first, second))
#> False

# Inference: no dropout, the same output every time.
print(np.allclose(layer(x, training=False), layer(x)))
#> True
print(layer(x).numpy().round(3))
#> [[ 0.118  0.098 -0.189 -0.161]]
