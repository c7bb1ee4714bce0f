import tensorflow as tf


class Classifier(tf.keras.Model):
    def __init__(self):
        # super().__init__() is missing: Model has not set up its tracking yet.
        self.hidden = tf.keras.layers.Dense(16, activation="relu")

    def call(self, inputs):
        return self.hidden(inputs)


model = Classifier()  # no error yet
try:
    model(tf.ones((2, 8)))
except RuntimeError as error:
    print(type(error).__name__)
    #> RuntimeError
    print(str(error).split(" as the first")[0])
    #> In layer 'Classifier', you forgot to call `super().__init__()`
