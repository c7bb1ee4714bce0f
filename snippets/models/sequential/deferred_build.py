import numpy as np
import tensorflow as tf

# Without an Input the model does not know its input shape, so it has no weights yet.
model = tf.keras.Sequential([tf.keras.layers.Dense(8, activation="relu"), tf.keras.layers.Dense(3)])
print(model.built, len(model.weights))
#> False 0

# The first call (or fit, predict) fixes the shape and creates the weights...
y = model(np.ones((2, 4), dtype="float32"))
print(model.built, len(model.weights), model.count_params())
#> True 4 67
# ...and records that call's batch size, 2, where an Input would give None.
print(model.input_shape, model.output_shape)
#> (2, 4) (2, 3)
# Other batch sizes still work.
print(model(np.ones((5, 4), dtype="float32")).shape)
#> (5, 3)

# build() with None as the batch size gives the same model as an Input would.
other = tf.keras.Sequential([tf.keras.layers.Dense(8, activation="relu"), tf.keras.layers.Dense(3)])
other.build((None, 4))
print(other.input_shape, other.output_shape, other.count_params())
#> (None, 4) (None, 3) 67
