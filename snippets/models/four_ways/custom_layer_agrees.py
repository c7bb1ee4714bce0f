import numpy as np
import tensorflow as tf


class Linear(tf.keras.layers.Layer):  # Dense(units, activation), written by hand
    def __init__(self, units, activation=None, **kwargs):
        super().__init__(**kwargs)
        self.units, self.activation = units, tf.keras.activations.get(activation)

    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units), name="kernel")
        self.bias = self.add_weight(shape=(self.units,), initializer="zeros", name="bias")

    def call(self, x):
        return self.activation(tf.matmul(x, self.kernel) + self.bias)


Dense = tf.keras.layers.Dense
inputs = tf.keras.Input((8,))
outputs = Dense(3, "softmax")(Dense(16, "relu")(inputs))
functional = tf.keras.Model(inputs, outputs, name="functional")
outputs = Linear(3, "softmax")(Linear(16, "relu")(inputs))
custom = tf.keras.Model(inputs, outputs, name="functional_with_linear")

x = np.random.default_rng(0).normal(size=(4, 8)).astype("float32")
custom.set_weights(functional.get_weights())  # Linear's kernel and bias: Dense's shapes
same = np.array_equal(custom(x), functional(x))  # bit for bit, not just close
print(f"{custom.count_params()} parameters, {functional.count_params()} in Dense's model")
#> 195 parameters, 195 in Dense's model
print(f"same output: {same}")
#> same output: True
assert custom.count_params() == functional.count_params() and same
