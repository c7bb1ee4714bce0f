import os
import tempfile

import tensorflow as tf


class Scaled(tf.keras.layers.Layer):  # no get_config, and an object as an argument
    def __init__(self, units, initializer, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.initializer = initializer

    def build(self, input_shape):
        shape = (input_shape[-1], self.units)
        self.kernel = self.add_weight(shape=shape, initializer=self.initializer)

    def call(self, x):
        return tf.matmul(x, self.kernel)


inputs = tf.keras.Input((3,))
outputs = Scaled(4, tf.keras.initializers.Ones())(inputs)  # builds and runs fine
model = tf.keras.Model(inputs, outputs)

with tempfile.TemporaryDirectory() as folder:
    try:
        model.save(os.path.join(folder, "model.keras"))  # saving needs every layer's config
    except NotImplementedError as error:
        print(type(error).__name__)
        #> NotImplementedError
        message = " ".join(str(error).split())
        print(message.split(", and")[0])
        '''
        Object Scaled was created by passing non-serializable argument values in `__init__()`
        '''
        print(message.split("the object ")[1].split(" in order")[0])
        #> must override `get_config()`
