import tensorflow as tf


# Wrapper holds another layer as self.layer; a subclass says how to call it.
class Twice(tf.keras.layers.Wrapper):
    def call(self, inputs):
        return self.layer(self.layer(inputs))


twice = Twice(tf.keras.layers.Dense(3))
print(twice(tf.keras.Input(shape=(3,))).shape)
#> (None, 3)
# The wrapped layer's weights are the wrapper's: 3 * 3 + 3.
print(len(twice.weights), twice.count_params())
#> 2 12
