import numpy as np
import tensorflow as tf

x = np.ones((1, 10), dtype="float32")

# Two layers with the same seed draw the same masks, call after call.
first = tf.keras.layers.Dropout(0.5, seed=42)
second = tf.keras.layers.Dropout(0.5, seed=42)
print(first(x, training=True).numpy())
#> [[0. 0. 2. 0. 0. 2. 2. 0. 0. 0.]]
print(second(x, training=True).numpy())
#> [[0. 0. 2. 0. 0. 2. 2. 0. 0. 0.]]

# Each call moves the layer's seed forward, so the next call draws a new mask.
print(first(x, training=True).numpy())
#> [[2. 0. 0. 0. 0. 2. 2. 2. 2. 2.]]

# Another seed, another mask.
print(tf.keras.layers.Dropout(0.5, seed=7)(x, training=True).numpy())
#> [[2. 2. 0. 2. 0. 2. 0. 2. 2. 2.]]
