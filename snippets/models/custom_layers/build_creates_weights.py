import tensorflow as tf


class Linear(tf.keras.layers.Layer):
    # y = x W + b: Dense without an activation.
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)  # name=, dtype=, trainable= go to Layer
        self.units = units  # settings only: the input size is not known yet

    def build(self, input_shape):  # runs once, at the first call
        inputs = input_shape[-1]
        self.kernel = self.add_weight(shape=(inputs, self.units), name="kernel")
        self.bias = self.add_weight(shape=(self.units,), initializer="zeros", name="bias")

    def call(self, x):  # runs at every call
        return tf.matmul(x, self.kernel) + self.bias


layer = Linear(4)
print(layer.built, len(layer.weights))
#> False 0

y = layer(tf.ones((2, 3)))  # first call: build((2, 3)), then call
print(layer.built, y.shape)
#> True (2, 4)
for weight in layer.weights:
    print(weight.name, tuple(weight.shape))
    #> kernel (3, 4)
    #> bias (4,)
