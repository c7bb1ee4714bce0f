import tensorflow as tf


class Linear(tf.keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        # Keras 2 code often passed the name first; Keras 3 takes the shape first.
        self.kernel = self.add_weight("kernel", shape=(input_shape[-1], self.units))

    def call(self, x):
        return tf.matmul(x, self.kernel)


try:
    Linear(4)(tf.ones((2, 3)))  # build runs at the first call
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(". ")[0])
    #> `name` must be passed as a keyword argument
    print(str(error).split(". ")[-1])
    #> Use: add_weight(shape=..., name='kernel').
