import tensorflow as tf

# Sizes must match, axis by axis, or be 1: a size-1 axis is broadcast.
features = tf.keras.Input(shape=(10, 4))
scale = tf.keras.Input(shape=(1, 4))
print(tf.keras.layers.Multiply()([features, scale]).shape)
#> (None, 10, 4)

# Two different sizes on one axis are refused when the layer is called.
try:
    tf.keras.layers.Add()([tf.keras.Input(shape=(4,)), tf.keras.Input(shape=(5,))])
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(". ")[0])
    #> Inputs have incompatible shapes
