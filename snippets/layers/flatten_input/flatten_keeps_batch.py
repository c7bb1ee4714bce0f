import numpy as np
import tensorflow as tf

# A batch of 2 samples, each a 2 × 3 grid.
x = np.arange(12, dtype="float32").reshape(2, 2, 3)
y = tf.keras.layers.Flatten()(x)

# The batch axis stays; each sample's values are laid out row by row.
print(x.shape, "->", y.shape)
#> (2, 2, 3) -> (2, 6)
print(y.numpy().tolist())
#> [[0.0, 1.0, 2.0, 3.0, 4.0, 5.0], [6.0, 7.0, 8.0, 9.0, 10.0, 11.0]]

# Flatten is a reshape: the same result as NumPy's, keeping the first axis.
print(np.array_equal(y.numpy(), x.reshape(x.shape[0], -1)))
#> True
