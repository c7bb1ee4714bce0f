import numpy as np
import tensorflow as tf

rows = np.array([[8.0, 140.0], [10.0, 100.0], [13.0, 70.0]], dtype="float32")

# Known statistics (from another tool, or saved earlier): no adapt() needed.
norm = tf.keras.layers.Normalization(mean=[10.0, 100.0], variance=[4.0, 400.0])
scaled = norm(rows).numpy()
print(scaled.tolist())  # (x - mean) / sqrt(variance)
#> [[-1.0, 2.0], [0.0, 0.0], [1.5, -1.5]]

# invert=True computes mean + x * sqrt(variance): back to the original units.
back = tf.keras.layers.Normalization(mean=[10.0, 100.0], variance=[4.0, 400.0], invert=True)
print(back(scaled).numpy().tolist())
#> [[8.0, 140.0], [10.0, 100.0], [13.0, 70.0]]

# Statistics passed this way are constants, not weights.
print(norm.count_params())
#> 0
