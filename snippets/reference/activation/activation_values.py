import numpy as np
import tensorflow as tf

x = np.array([[-2.0, 0.0, 2.0]], dtype="float32")

# Activation applies a function by name, or any callable.
for name in ["relu", "sigmoid", "tanh", "gelu"]:
    print(name, tf.keras.layers.Activation(name)(x).numpy().round(4))
    #> relu [[0. 0. 2.]]
    #> sigmoid [[0.1192 0.5    0.8808]]
    #> tanh [[-0.964  0.     0.964]]
    #> gelu [[-0.0455  0.      1.9545]]
print(tf.keras.layers.Activation(tf.keras.activations.softplus)(x).numpy().round(4))
#> [[0.1269 0.6931 2.1269]]

# Dense(activation="relu") is Dense followed by Activation("relu"), with the same weights.
tf.keras.utils.set_random_seed(0)
dense = tf.keras.layers.Dense(3, activation="relu")
linear = tf.keras.layers.Dense(3)
linear.build((None, 3))
y = dense(x)
linear.set_weights(dense.get_weights())
print(np.allclose(y, tf.keras.layers.Activation("relu")(linear(x))))
#> True
