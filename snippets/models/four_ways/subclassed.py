import numpy as np
import tensorflow as tf


class Classifier(tf.keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.hidden = tf.keras.layers.Dense(16, activation="relu")
        self.classes = tf.keras.layers.Dense(3, activation="softmax")

    def call(self, inputs):  # plain Python: any control flow could go here
        return self.classes(self.hidden(inputs))


model = Classifier()
model(tf.keras.Input((8,)))  # build: 8 features in

x = np.random.default_rng(0).normal(size=(4, 8)).astype("float32")
print(model(x).shape, model.count_params())
#> (4, 3) 195
