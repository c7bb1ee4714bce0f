import numpy as np
import tensorflow as tf

x = np.zeros((2, 3, 4), dtype="float32")

# The study note wrote tf.keras.Flatten: there is no such name.
try:
    tf.keras.Flatten()(x)
except AttributeError as error:
    print(type(error).__name__)
    #> AttributeError
    message = str(error)
    print(message[message.index("has no") :])
    #> has no attribute 'Flatten'

# Flatten is a layer, so it lives in tf.keras.layers.
print(tf.keras.layers.Flatten()(x).shape)
#> (2, 12)
