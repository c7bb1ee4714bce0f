import tensorflow as tf

# ConvLSTM2D reads a sequence of images: (batch, time, rows, cols, channels).
try:
    tf.keras.layers.ConvLSTM2D(4, 3)(tf.keras.Input(shape=(8, 8, 3)))
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(": ")[1].split(". ")[0])
    #> expected ndim=5, found ndim=4

# One image is a sequence of length 1.
print(tf.keras.layers.ConvLSTM2D(4, 3)(tf.keras.Input(shape=(1, 8, 8, 3))).shape)
#> (None, 6, 6, 4)
