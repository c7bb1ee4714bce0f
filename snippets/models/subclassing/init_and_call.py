import numpy as np
import tensorflow as tf


class Classifier(tf.keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        # Layers assigned to attributes are tracked: their weights become the model's.
        self.hidden = tf.keras.layers.Dense(16, activation="relu")
        self.dropout = tf.keras.layers.Dropout(0.5)
        self.classes = tf.keras.layers.Dense(3, activation="softmax")

    def call(self, inputs, training=False):
        x = self.hidden(inputs)
        x = self.dropout(x, training=training)  # on only while training
        return self.classes(x)


tf.keras.utils.set_random_seed(0)
model = Classifier()
x = np.random.default_rng(0).normal(size=(4, 8)).astype("float32")
y = model(x)  # an ordinary Python call: runs __call__, which runs call()

print(y.shape)
#> (4, 3)
print(np.round(y.numpy().sum(axis=1), 4))  # softmax: each row sums to 1
#> [1. 1. 1. 1.]
print([layer.name for layer in model.layers])
#> ['dense', 'dropout', 'dense_1']
print(model.count_params())
#> 195
