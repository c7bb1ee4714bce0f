import numpy as np
import tensorflow as tf


class Noisy(tf.keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.dropout = tf.keras.layers.Dropout(0.5, seed=1)

    def call(self, inputs):  # takes no `training` and passes none on
        return self.dropout(inputs)


model = Noisy()
x = np.ones((1, 6), dtype="float32")
# Keras hands the outer call's training value to the layers called inside it.
print(model(x, training=True).numpy())
#> [[2. 0. 2. 0. 0. 0.]]
print(model(x).numpy())
#> [[1. 1. 1. 1. 1. 1.]]
