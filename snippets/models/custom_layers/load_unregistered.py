import os
import tempfile

import tensorflow as tf


class Linear(tf.keras.layers.Layer):  # not registered
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units), name="kernel")

    def call(self, x):
        return tf.matmul(x, self.kernel)


inputs = tf.keras.Input((3,))
model = tf.keras.Model(inputs, Linear(4)(inputs))

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model.keras")
    model.save(path)  # saving works
    try:
        tf.keras.models.load_model(path)  # loading cannot map "Linear" back to the class
    except TypeError as error:
        print(type(error).__name__)
        #> TypeError
        print(str(error).split("Exception encountered: ")[1].split(".")[0])
        #> Could not locate class 'Linear'
