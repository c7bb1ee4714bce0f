import numpy as np
import tensorflow as tf

L = tf.keras.layers
# A 2x2 grey image using only part of the range 0 to 255.
image = np.array([50, 60, 70, 100], "float32").reshape(1, 2, 2, 1)

# AutoContrast: (x - min) / (max - min) * 255, in training and inference alike.
print(L.AutoContrast()(image, training=False).numpy().ravel())
#> [  0.  51. 102. 255.]
# Equalization: the four values become evenly spaced ranks.
print(L.Equalization()(image, training=True).numpy().ravel())
#> [  0.  85. 170. 255.]
# But Equalization, unlike AutoContrast, does nothing with training=False.
print(L.Equalization()(image, training=False).numpy().ravel())
#> [ 50.  60.  70. 100.]
