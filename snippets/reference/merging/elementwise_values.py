import numpy as np
import tensorflow as tf

a = np.array([[1.0, 5.0, -2.0]], dtype="float32")
b = np.array([[3.0, 1.0, 4.0]], dtype="float32")
c = np.array([[2.0, 0.0, 1.0]], dtype="float32")

# Value by value, over any number of inputs (Subtract: exactly two, a - b).
print(tf.keras.layers.Add()([a, b, c]).numpy())
#> [[6. 6. 3.]]
print(tf.keras.layers.Subtract()([a, b]).numpy())
#> [[-2.  4. -6.]]
print(tf.keras.layers.Multiply()([a, b, c]).numpy())
#> [[ 6.  0. -8.]]
print(tf.keras.layers.Average()([a, b, c]).numpy())
#> [[2. 2. 1.]]
print(tf.keras.layers.Maximum()([a, b, c]).numpy())
#> [[3. 5. 4.]]
print(tf.keras.layers.Minimum()([a, b, c]).numpy())
#> [[ 1.  0. -2.]]

# Lower-case functions do the same in one call.
print(tf.keras.layers.add([a, b, c]).numpy())
#> [[6. 6. 3.]]
