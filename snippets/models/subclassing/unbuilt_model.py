import tensorflow as tf


class Classifier(tf.keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.hidden = tf.keras.layers.Dense(16, activation="relu")
        self.classes = tf.keras.layers.Dense(3, activation="softmax")

    def call(self, inputs):
        return self.classes(self.hidden(inputs))


model = Classifier()
# The layers exist, but call() has not run: nothing says how many features come in.
print(model.built, len(model.weights), len(model.layers))
#> False 0 2

try:
    model.count_params()
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(". ")[0])
    '''
    You tried to call `count_params` on layer 'classifier', but the layer isn't built
    '''
