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


# A custom layer goes in the list like any built-in one.
model = tf.keras.Sequential(
    [tf.keras.Input((8,)), Linear(16), tf.keras.layers.ReLU(), Linear(3), tf.keras.layers.Softmax()]
)
print(model.output_shape)
#> (None, 3)
for layer in model.layers:
    print(layer.name, layer.count_params())
    #> linear 144
    #> re_lu 0
    #> linear_1 51
    #> softmax 0
print(model.count_params())
#> 195
