import tensorflow as tf

# SpatialDropout2D expects images (batch, rows, cols, channels); a sequence is refused.
try:
    tf.keras.layers.SpatialDropout2D(0.5)(tf.keras.Input(shape=(10, 4)))
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(": ")[1].split(". ")[0])
    #> expected ndim=4, found ndim=3

# For sequences (batch, steps, channels), use SpatialDropout1D.
print(tf.keras.layers.SpatialDropout1D(0.5)(tf.keras.Input(shape=(10, 4))).shape)
#> (None, 10, 4)
