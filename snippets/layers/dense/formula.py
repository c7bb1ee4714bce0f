import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.array([[1.0, 2.0, 3.0, 4.0]], dtype="float32")

layer = tf.keras.layers.Dense(3, activation="sigmoid")
y = layer(x).numpy()

# The same computation by hand: y = sigmoid(x W + b).
W, b = layer.kernel.numpy(), layer.bias.numpy()
y_by_hand = 1 / (1 + np.exp(-(x @ W + b)))

print(W.shape, b.shape)
#> (4, 3) (3,)
print(np.round(y, 4))
#> [[0.1305 0.9827 0.5864]]
print(np.allclose(y, y_by_hand))
#> True
