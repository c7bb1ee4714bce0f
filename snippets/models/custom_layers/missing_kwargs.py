import tensorflow as tf


class Linear(tf.keras.layers.Layer):
    def __init__(self, units):  # no **kwargs: Layer's own arguments cannot get through
        super().__init__()
        self.units = units


try:
    Linear(4, name="projection")
except TypeError as error:
    print(type(error).__name__)
    #> TypeError
    print(str(error))
    #> Linear.__init__() got an unexpected keyword argument 'name'

# from_config passes name, trainable and dtype too, so a config cannot rebuild it either.
try:
    Linear.from_config(Linear(4).get_config())
except TypeError as error:
    print(type(error).__name__)
    #> TypeError
    print(str(error).split("Exception encountered: ")[1])
    #> Linear.__init__() got an unexpected keyword argument 'trainable'
