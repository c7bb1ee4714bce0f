import tensorflow as tf


class Linear(tf.keras.layers.Layer):  # no get_config of its own
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units), name="kernel")

    def call(self, x):
        return tf.matmul(x, self.kernel)


# Keras 3 records the constructor's arguments when they are plain values
# (numbers, strings, lists, dicts), so the inherited get_config already has units.
layer = Linear(4)
config = layer.get_config()
print(config["units"])
#> 4

clone = Linear.from_config(config)
print(clone.units)
#> 4
