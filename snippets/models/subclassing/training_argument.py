import numpy as np
import tensorflow as tf


class Classifier(tf.keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.hidden = tf.keras.layers.Dense(16, activation="relu")
        self.dropout = tf.keras.layers.Dropout(0.5, seed=1)
        self.classes = tf.keras.layers.Dense(3, activation="softmax")

    def call(self, inputs, training=False):
        x = self.dropout(self.hidden(inputs), training=training)
        return self.classes(x)


tf.keras.utils.set_random_seed(0)
model = Classifier()
x = np.random.default_rng(0).normal(size=(1, 8)).astype("float32")

# Inference (the default): no dropout, the same output every time.
print(np.round(model(x).numpy(), 4), np.array_equal(model(x), model(x)))
#> [[0.3049 0.5849 0.1102]] True

# Training: a new dropout mask at each call, so the outputs differ.
first, second = model(x, training=True), model(x, training=True)
print(np.round(first.numpy(), 4))
#> [[0.5649 0.2538 0.1813]]
print(np.round(second.numpy(), 4))
#> [[0.5132 0.3034 0.1834]]
print(np.array_equal(first, second))
#> False
