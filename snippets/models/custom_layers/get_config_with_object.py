import tensorflow as tf


class Scaled(tf.keras.layers.Layer):
    def __init__(self, units, initializer="glorot_uniform", **kwargs):
        super().__init__(**kwargs)
        self.units = units
        # get() accepts a name, an object or a serialized dict: from_config passes the dict.
        self.initializer = tf.keras.initializers.get(initializer)

    def build(self, input_shape):
        shape = (input_shape[-1], self.units)
        self.kernel = self.add_weight(shape=shape, initializer=self.initializer)

    def call(self, x):
        return tf.matmul(x, self.kernel)

    def get_config(self):
        config = super().get_config()
        config["units"] = self.units
        config["initializer"] = tf.keras.initializers.serialize(self.initializer)
        return config


layer = Scaled(4, tf.keras.initializers.Ones())
config = layer.get_config()
print(config["initializer"]["class_name"])
#> Ones

clone = Scaled.from_config(config)
print(type(clone.initializer).__name__, clone.units)
#> Ones 4
print(clone(tf.ones((1, 3))).numpy())  # built with the Ones initializer: 1 + 1 + 1
#> [[3. 3. 3. 3.]]
