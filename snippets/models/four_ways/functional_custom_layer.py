import numpy as np
import tensorflow as tf


class Linear(tf.keras.layers.Layer):  # Dense, written by hand
    def __init__(self, units, activation=None, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.activation = tf.keras.activations.get(activation)

    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units), name="kernel")
        self.bias = self.add_weight(shape=(self.units,), initializer="zeros", name="bias")

    def call(self, x):
        return self.activation(tf.matmul(x, self.kernel) + self.bias)


inputs = tf.keras.Input((8,))
hidden = Linear(16, activation="relu")(inputs)
outputs = Linear(3, activation="softmax")(hidden)
model = tf.keras.Model(inputs, outputs)

x = np.random.default_rng(0).normal(size=(4, 8)).astype("float32")
print(model(x).shape, model.count_params())
#> (4, 3) 195
