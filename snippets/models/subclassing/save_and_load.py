import os
import tempfile

import numpy as np
import tensorflow as tf


class Classifier(tf.keras.Model):
    def __init__(self, units=16, **kwargs):
        super().__init__(**kwargs)
        self.hidden = tf.keras.layers.Dense(units, activation="relu")
        self.out = tf.keras.layers.Dense(3, activation="softmax")

    def call(self, x):
        return self.out(self.hidden(x))


tf.keras.utils.set_random_seed(0)
x = np.random.rand(2, 8).astype("float32")
model = Classifier()
before = model(x).numpy()  # the first call builds the weights
path = os.path.join(tempfile.mkdtemp(), "model.keras")
model.save(path)  # saving works
try:
    tf.keras.models.load_model(path)  # loading cannot find the class by its name
except TypeError as error:
    print(type(error).__name__, str(error).split(". Make sure")[0])
    #> TypeError Could not locate class 'Classifier'

# Registered, the class is saved under a name loading can find.
tf.keras.utils.register_keras_serializable(package="docs")(Classifier)
model.save(path)
loaded = tf.keras.models.load_model(path)
print(type(loaded).__name__, np.allclose(before, loaded(x)))
#> Classifier True
