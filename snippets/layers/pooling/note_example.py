import math

import tensorflow as tf

# In the study note's CNN, MaxPool1D follows a Conv1D whose output is 28 steps × 10 channels.
features = tf.keras.Input(shape=(28, 10))
pool = tf.keras.layers.MaxPool1D(3, padding="same")  # pool_size=3, strides left at None
pooled = pool(features)

print(pool.get_config()["strides"])
#> (3,)
print(pooled.shape)
#> (None, 10, 10)
print(math.ceil(28 / 3))  # the "same" formula: ceil(n / s)
#> 10
