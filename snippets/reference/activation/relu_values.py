import numpy as np
import tensorflow as tf

x = np.array([[-2.0, -1.0, 0.0, 0.5, 1.0, 3.0, 8.0]], dtype="float32")

# The plain ReLU: max(x, 0).
print(tf.keras.layers.ReLU()(x).numpy())
#> [[0.  0.  0.  0.5 1.  3.  8. ]]

# max_value caps the output; negative_slope lets values below threshold leak through.
print(tf.keras.layers.ReLU(max_value=6.0)(x).numpy())
#> [[0.  0.  0.  0.5 1.  3.  6. ]]
print(tf.keras.layers.ReLU(negative_slope=0.1)(x).numpy())
#> [[-0.2 -0.1  0.   0.5  1.   3.   8. ]]
print(tf.keras.layers.ReLU(threshold=1.0)(x).numpy())
#> [[0. 0. 0. 0. 0. 3. 8.]]
