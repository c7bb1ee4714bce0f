import numpy as np
import tensorflow as tf

x = tf.constant([[1.0, 2.0, 3.0, 4.0]])
init = tf.keras.initializers.GlorotUniform(seed=42)  # same starting weights for both styles

layer = tf.keras.layers.Dense(3, kernel_initializer=init)
y_two_steps = layer(x)

y_inline = tf.keras.layers.Dense(3, kernel_initializer=init)(x)

print(np.round(y_two_steps.numpy(), 4))
#> [[-4.0764 -0.1012 -3.1913]]
print(np.round(y_inline.numpy(), 4))
#> [[-4.0764 -0.1012 -3.1913]]
print(np.array_equal(y_two_steps.numpy(), y_inline.numpy()))
#> True
