import tensorflow as tf

x = tf.constant([[1.0, -2.0]])

# Initializers fix the starting weights; "ones" and "zeros" make the output easy to check.
plain = tf.keras.layers.Dense(3, kernel_initializer="ones", bias_initializer="zeros")
print(plain(x).numpy())
#> [[-1. -1. -1.]]

# activation is applied last: relu(1 - 2) = relu(-1) = 0.
relu = tf.keras.layers.Dense(3, activation="relu", kernel_initializer="ones")
print(relu(x).numpy())
#> [[0. 0. 0.]]

# use_bias=False drops b: only units × inputs = 3 × 2 weights remain.
no_bias = tf.keras.layers.Dense(3, use_bias=False)
no_bias(x)
print([w.name for w in no_bias.weights], no_bias.count_params())
#> ['kernel'] 6
