import numpy as np
import tensorflow as tf


class Classifier(tf.keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.hidden = tf.keras.layers.Dense(16, activation="relu")
        self.classes = tf.keras.layers.Dense(3, activation="softmax")

    def call(self, inputs):
        return self.classes(self.hidden(inputs))


# Call it on a symbolic input: shapes with None for the batch, and all the weights.
model = Classifier()
outputs = model(tf.keras.Input((8,)))
print(model.built, outputs.shape, model.count_params())
#> True (None, 3) 195
for weight in model.weights:
    print(weight.path, tuple(weight.shape))
    #> classifier/dense/kernel (8, 16)
    #> classifier/dense/bias (16,)
    #> classifier/dense_1/kernel (16, 3)
    #> classifier/dense_1/bias (3,)

# Or on real data: the same weights appear, and shapes are those of this batch.
other = Classifier()
print(other(np.ones((2, 8), dtype="float32")).shape, other.count_params())
#> (2, 3) 195
