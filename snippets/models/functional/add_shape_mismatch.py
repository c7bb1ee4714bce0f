import tensorflow as tf

# The residual branch changes the width from 4 to 5, so x + f(x) is not defined.
x = tf.keras.Input(shape=(4,))
h = tf.keras.layers.Dense(5)(x)
try:
    tf.keras.layers.Add()([x, h])
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(error)
    #> Inputs have incompatible shapes. Received shapes (4,) and (5,)

# Fix: give the branch the input's width, or project x to 5 with its own Dense.
print(tf.keras.layers.Add()([tf.keras.layers.Dense(5)(x), h]).shape)
#> (None, 5)
