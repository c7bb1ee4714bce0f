import numpy as np
import tensorflow as tf

x = np.array([1.0, 2.0, 3.0], dtype="float32").reshape(1, 3, 1)  # 3 steps, 1 channel

# "valid" keeps only full windows: (1, 2). Step 3 is dropped.
print(tf.keras.layers.AveragePooling1D(pool_size=2)(x).numpy().ravel().tolist())
#> [1.5]

# "same" adds a last window that runs past the end: (1, 2) and (3, -).
# The padded position is left out, so the last average is 3 / 1, not 3 / 2.
print(tf.keras.layers.AveragePooling1D(pool_size=2, padding="same")(x).numpy().ravel().tolist())
#> [1.5, 3.0]

# For max pooling the padding never wins, even when every real value is negative.
print(tf.keras.layers.MaxPooling1D(pool_size=2, padding="same")(-x).numpy().ravel().tolist())
#> [-1.0, -3.0]

# With 4 steps and windows of 3, "same" needs 2 padded positions: one at each end.
# The windows are (-, 1, 2) and (3, 4, -), so the averages are 1.5 and 3.5, not 2 and 4.
x4 = np.array([1.0, 2.0, 3.0, 4.0], dtype="float32").reshape(1, 4, 1)
print(tf.keras.layers.AveragePooling1D(pool_size=3, padding="same")(x4).numpy().ravel().tolist())
#> [1.5, 3.5]
