import tensorflow as tf

# Sequences of any length: the step axis is None.
inputs = tf.keras.Input(shape=(None, 3))
flat = tf.keras.layers.Flatten()(inputs)
print(flat.shape)  # None × 3 is unknown, so the flattened size is unknown too
#> (None, None)

# Dense needs to know its input size to create its kernel.
try:
    tf.keras.layers.Dense(2)(flat)
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(" (")[0])
    #> Shapes used to initialize variables must be fully-defined

# Global pooling gives a fixed size whatever the length: one value per channel.
pooled = tf.keras.layers.GlobalAveragePooling1D()(inputs)
print(pooled.shape, tf.keras.layers.Dense(2)(pooled).shape)
#> (None, 3) (None, 2)
