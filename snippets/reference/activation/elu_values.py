import numpy as np
import tensorflow as tf

x = np.array([[-5.0, -1.0, 0.0, 2.0]], dtype="float32")

# Below 0: alpha * (exp(x) - 1), which tends to -alpha; above 0: x.
print(tf.keras.layers.ELU()(x).numpy().round(4))
#> [[-0.9933 -0.6321  0.      2.    ]]
print(tf.keras.layers.ELU(alpha=0.5)(x).numpy().round(4))
#> [[-0.4966 -0.3161  0.      2.    ]]

# The same by hand.
print(np.where(x > 0, x, 1.0 * (np.exp(x) - 1)).round(4))
#> [[-0.9933 -0.6321  0.      2.    ]]
