import tensorflow as tf

layer = tf.keras.layers.Dense(3)
layer(tf.ones((2, 4)))  # built for inputs with 4 features

try:
    layer(tf.ones((2, 5)))  # 5 features no longer fit the (4, 3) kernel
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(": ")[-1])
    '''
    expected axis -1 of input shape to have value 4, but received input with shape (2, 5)
    '''
