import numpy as np
import tensorflow as tf

# One sample of shape (2, 3): read as channels_last, 2 positions × 3 channels.
x = np.arange(6, dtype="float32").reshape(1, 2, 3)
print(x[0].tolist())
#> [[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]]

# The output shape is the same; data_format only changes the order of the values.
last = tf.keras.layers.Flatten()(x)
first = tf.keras.layers.Flatten(data_format="channels_first")(x)
print(last.shape, first.shape)
#> (1, 6) (1, 6)
print(last.numpy().tolist())
#> [[0.0, 1.0, 2.0, 3.0, 4.0, 5.0]]
print(first.numpy().tolist())
#> [[0.0, 3.0, 1.0, 4.0, 2.0, 5.0]]
