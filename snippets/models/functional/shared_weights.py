import numpy as np
import tensorflow as tf

# The shared-layer model: one Dense layer called on two inputs.
left = tf.keras.Input(shape=(4,), name="left")
right = tf.keras.Input(shape=(4,), name="right")
encoder = tf.keras.layers.Dense(3, name="encoder")
both = tf.keras.layers.Concatenate(name="both")([encoder(left), encoder(right)])
model = tf.keras.Model([left, right], both)

# ONE kernel and ONE bias in the whole model: the encoder's own variables.
print([weight.path for weight in model.weights])
#> ['encoder/kernel', 'encoder/bias']
print(model.weights[0] is encoder.kernel, model.weights[1] is encoder.bias)
#> True True
print(model.count_params())
#> 15

# The same sample on both sides gives the same 3 values on both sides.
x = np.arange(8, dtype="float32").reshape(2, 4)
y = model.predict([x, x], verbose=0)
print(y.shape, np.allclose(y[:, :3], y[:, 3:]))
#> (2, 6) True
