import numpy as np
import tensorflow as tf

# One sample: 6 steps, 2 channels. Channel 0 is the left column, channel 1 the right.
x = np.array([[[1, 8], [5, 2], [3, 4], [9, 0], [2, 6], [7, 3]]], dtype="float32")

# pool_size=2: windows are steps (0, 1), (2, 3), (4, 5); each channel is pooled on its own.
max_out = tf.keras.layers.MaxPooling1D(pool_size=2)(x).numpy()
avg_out = tf.keras.layers.AveragePooling1D(pool_size=2)(x).numpy()
print(x.shape, max_out.shape)
#> (1, 6, 2) (1, 3, 2)
print(np.round(max_out[0], 4).tolist())
#> [[5.0, 8.0], [9.0, 4.0], [7.0, 6.0]]
print(np.round(avg_out[0], 4).tolist())
#> [[3.0, 5.0], [6.0, 2.0], [4.5, 4.5]]

# The same by hand: split the 6 steps into 3 windows of 2, reduce inside each window.
windows = x[0].reshape(3, 2, 2)  # (window, position in window, channel)
print(np.allclose(max_out[0], windows.max(axis=1)))
#> True
print(np.allclose(avg_out[0], windows.mean(axis=1)))
#> True
