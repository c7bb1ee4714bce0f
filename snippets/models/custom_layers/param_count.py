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


for inputs, units in [(3, 4), (8, 16), (16, 3), (100, 1)]:
    layer = Linear(units)
    layer.build((None, inputs))  # what the first call does, without data
    formula = units * (inputs + 1)  # kernel inputs × units, plus one bias per unit
    print(f"| {inputs} | {units} | {units} × ({inputs} + 1) = {formula} | {layer.count_params()} |")
    #> | 3 | 4 | 4 × (3 + 1) = 16 | 16 |
    #> | 8 | 16 | 16 × (8 + 1) = 144 | 144 |
    #> | 16 | 3 | 3 × (16 + 1) = 51 | 51 |
    #> | 100 | 1 | 1 × (100 + 1) = 101 | 101 |
