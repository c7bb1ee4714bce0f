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

    def get_config(self):
        config = super().get_config()  # name, trainable, dtype
        config["units"] = self.units  # every argument __init__ needs
        return config


layer = Linear(4, name="projection")
config = layer.get_config()
print(sorted(config))
#> ['dtype', 'name', 'trainable', 'units']

clone = Linear.from_config(config)  # Linear(**config): same settings, no weights yet
print(clone.name, clone.units, clone.built)
#> projection 4 False

x = np.random.default_rng(0).normal(size=(2, 3)).astype("float32")
layer(x), clone(x)  # build both
clone.set_weights(layer.get_weights())  # the config holds settings; weights travel apart
print(np.array_equal(layer(x), clone(x)))
#> True
