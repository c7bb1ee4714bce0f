import numpy as np
import tensorflow as tf

x = np.array([[1.0, 2.0, 3.0]], dtype="float32")
layer = tf.keras.layers.RMSNormalization()

# Divided by the root mean square, then multiplied by the learned scale (1 at first).
print(layer(x).numpy().round(4))
#> [[0.4629 0.9258 1.3887]]
print((x / np.sqrt(np.mean(x**2) + 1e-6)).round(4))
#> [[0.4629 0.9258 1.3887]]

# Unlike LayerNormalization, the mean is not subtracted and there is no beta.
print([w.name for w in layer.weights])
#> ['scale']
