import numpy as np
import tensorflow as tf

Dense = tf.keras.layers.Dense


class Classifier(tf.keras.Model):
    def __init__(self):
        super().__init__()
        self.hidden, self.classes = Dense(16, "relu"), Dense(3, "softmax")

    def call(self, inputs):
        return self.classes(self.hidden(inputs))


inputs = tf.keras.Input((8,))
sequential = tf.keras.Sequential([inputs, Dense(16, "relu"), Dense(3, "softmax")])
outputs = Dense(3, "softmax")(Dense(16, "relu")(inputs))
functional = tf.keras.Model(inputs, outputs, name="functional")
subclassed = Classifier()
subclassed(inputs)  # build it on the same symbolic input

x = np.random.default_rng(0).normal(size=(4, 8)).astype("float32")
expected = sequential(x)
for model in [sequential, functional, subclassed]:
    model.set_weights(sequential.get_weights())  # same order: kernel, bias, kernel, bias
    same = np.array_equal(model(x), expected)  # bit for bit, not just close
    print(f"{model.name:10} {model.count_params()} parameters, same output: {same}")
    #> sequential 195 parameters, same output: True
    #> functional 195 parameters, same output: True
    #> classifier 195 parameters, same output: True
    assert model.count_params() == sequential.count_params() and same
