import os
import tempfile

import numpy as np
import tensorflow as tf


@tf.keras.utils.register_keras_serializable()  # lets load_model find the class by name
class Linear(tf.keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units), name="kernel")
        self.bias = self.add_weight(shape=(self.units,), initializer="zeros", name="bias")

    def call(self, x):
        return tf.matmul(x, self.kernel) + self.bias

    def get_config(self):
        return {**super().get_config(), "units": self.units}


inputs = tf.keras.Input((3,))
model = tf.keras.Model(inputs, Linear(4)(inputs))

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model.keras")
    model.save(path)  # the config of every layer, plus the weights
    loaded = tf.keras.models.load_model(path)

print(tf.keras.utils.get_registered_name(Linear))
#> Custom>Linear
print(type(loaded.layers[-1]).__name__, loaded.layers[-1].units)
#> Linear 4
x = np.random.default_rng(0).normal(size=(2, 3)).astype("float32")
print(np.array_equal(model(x), loaded(x)))
#> True
