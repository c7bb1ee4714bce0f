import numpy as np
import tensorflow as tf

ones = np.ones((1, 6), dtype="float32")
pipeline = tf.keras.layers.Pipeline([tf.keras.layers.Dropout(0.5, seed=1)])
sequential = tf.keras.Sequential([tf.keras.layers.Dropout(0.5, seed=1)])

# A Pipeline is a plain layer: no compile(), fit() or summary().
print(isinstance(pipeline, tf.keras.Model), hasattr(pipeline, "fit"))
#> False False
print(isinstance(sequential, tf.keras.Model), hasattr(sequential, "fit"))
#> True True

# Called directly, a Pipeline runs its layers in training mode; Sequential does not.
print(pipeline(ones).numpy().tolist())
#> [[2.0, 0.0, 2.0, 0.0, 0.0, 0.0]]
print(sequential(ones).numpy().tolist())
#> [[1.0, 1.0, 1.0, 1.0, 1.0, 1.0]]

# Pass training=False to a Pipeline to switch its random layers off.
print(pipeline(ones, training=False).numpy().tolist())
#> [[1.0, 1.0, 1.0, 1.0, 1.0, 1.0]]
