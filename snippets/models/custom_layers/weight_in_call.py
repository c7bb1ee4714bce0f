import tensorflow as tf


class Linear(tf.keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    # No build: the weight is made in call, where the input's shape is at hand.
    def call(self, x):
        kernel = self.add_weight(shape=(x.shape[-1], self.units), name="kernel")
        return tf.matmul(x, kernel)


try:
    Linear(4)(tf.ones((2, 3)))
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    message = str(error).replace("\x1b[1m", "").replace("\x1b[0m", "")
    print(message.split("\n\n")[1].split(". ")[0])
    '''
    You cannot add new elements of state (variables or sub-layers) to a layer that is already built
    '''
