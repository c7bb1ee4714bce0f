import numpy as np
import tensorflow as tf

inputs = tf.keras.Input(shape=(10, 8))  # 10 timesteps, 8 features

# One learned slope per input value: 10 × 8 of them.
per_value = tf.keras.layers.PReLU()
print(per_value(inputs).shape, per_value.count_params())
#> (None, 10, 8) 80

# shared_axes=[1]: the timesteps share one slope per feature, 8 slopes.
per_feature = tf.keras.layers.PReLU(shared_axes=[1])
print(per_feature(inputs).shape, per_feature.count_params())
#> (None, 10, 8) 8

# The slopes start at 0 (alpha_initializer="zeros"), so PReLU starts as a ReLU.
x = np.array([[[-2.0] * 8] * 10], dtype="float32")
print(float(per_feature(x).numpy().min()))
#> 0.0
