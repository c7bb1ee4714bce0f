import numpy as np
import tensorflow as tf

x = np.array([[3.0, 4.0], [1.0, 1.0]], dtype="float32")

# Each sample divided by its length (L2 norm) along the axis: length 1 afterwards.
y = tf.keras.layers.UnitNormalization()(x).numpy()
print(y.round(4))
'''
[[0.6    0.8   ]
 [0.7071 0.7071]]
'''
print(np.linalg.norm(y, axis=-1).round(4))
#> [1. 1.]
