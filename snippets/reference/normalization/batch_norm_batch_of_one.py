import numpy as np
import tensorflow as tf

layer = tf.keras.layers.BatchNormalization()
one_sample = np.array([[1.0, 2.0, 3.0]], dtype="float32")

# In training, a batch of one sample is its own mean: every value becomes 0 (beta).
print(layer(one_sample, training=True).numpy())
#> [[0. 0. 0.]]

# LayerNormalization normalizes within each sample, so one sample is fine.
print(tf.keras.layers.LayerNormalization()(one_sample).numpy().round(4))
#> [[-1.2238  0.      1.2238]]
