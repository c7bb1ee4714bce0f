import numpy as np
import tensorflow as tf

# For comparison: two Dense layers, one per branch, each with its own weights.
left = tf.keras.Input(shape=(4,), name="left")
right = tf.keras.Input(shape=(4,), name="right")
a = tf.keras.layers.Dense(3, name="encoder_left")(left)
b = tf.keras.layers.Dense(3, name="encoder_right")(right)
model = tf.keras.Model([left, right], tf.keras.layers.Concatenate()([a, b]))

print(len(model.weights), model.count_params())
#> 4 30

x = np.arange(8, dtype="float32").reshape(2, 4)
y = model.predict([x, x], verbose=0)
print(y.shape, np.allclose(y[:, :3], y[:, 3:]))
#> (2, 6) False
