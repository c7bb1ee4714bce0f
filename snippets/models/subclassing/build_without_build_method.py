import warnings

import tensorflow as tf


class Classifier(tf.keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.hidden = tf.keras.layers.Dense(16, activation="relu")
        self.classes = tf.keras.layers.Dense(3, activation="softmax")

    def call(self, inputs):
        return self.classes(self.hidden(inputs))


model = Classifier()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    model.build((None, 8))  # does NOT run call(): the Dense layers stay unbuilt

print(caught[0].category.__name__)
#> UserWarning
message = str(caught[0].message).split(". ")[0]
print(message.split(", however ")[0])
#> `build()` was called on layer 'classifier'
print(message.split(", however ")[1])
'''
the layer does not have a `build()` method implemented and it looks like it has unbuilt state
'''
# Marked as built, yet it has no weights.
print(model.built, len(model.weights), model.count_params())
#> True 0 0
