import numpy as np
import tensorflow as tf


class Linear(tf.keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units), name="kernel")
        self.bias = self.add_weight(shape=(self.units,), initializer="zeros", name="bias")

    def call(self, x):
        return tf.matmul(x, self.kernel) + self.bias


# Called on a symbolic tensor, the layer builds at once and returns a symbolic output.
inputs = tf.keras.Input((8,))
hidden = tf.keras.layers.ReLU()(Linear(16)(inputs))
outputs = tf.keras.layers.Softmax()(Linear(3)(hidden))
model = tf.keras.Model(inputs, outputs)

print(hidden.shape, outputs.shape)
#> (None, 16) (None, 3)
print(model.count_params())
#> 195
x = np.random.default_rng(0).normal(size=(5, 8)).astype("float32")
print(model(x).shape)
#> (5, 3)
