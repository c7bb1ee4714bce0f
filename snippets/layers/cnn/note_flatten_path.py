import tensorflow as tf

# The note wrote tf.keras.Flatten(); Flatten lives in tf.keras.layers.
try:
    flatten = tf.keras.Flatten()
except AttributeError as error:
    print(type(error).__name__)
    #> AttributeError
    print(str(error).partition("' ")[2])  # after the module's internal name
    #> has no attribute 'Flatten'

flatten = tf.keras.layers.Flatten()
print(type(flatten).__name__)
#> Flatten
