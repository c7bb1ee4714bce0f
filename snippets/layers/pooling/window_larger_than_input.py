import numpy as np
import tensorflow as tf

# Only 2 steps, but a window of 3 with padding="valid": no full window fits.
inputs = tf.keras.Input(shape=(2, 4))
try:
    tf.keras.layers.MaxPooling1D(pool_size=3)(inputs)
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    message = str(error)
    print(message[message.index("Computed") :].split(".")[0])
    #> Computed output size would be zero or negative

# On real data the same layer does not raise: it returns zero steps.
print(tf.keras.layers.MaxPooling1D(pool_size=3)(np.ones((1, 2, 4))).shape)
#> (1, 0, 4)

# padding="same" always leaves at least one window.
print(tf.keras.layers.MaxPooling1D(pool_size=3, padding="same")(inputs).shape)
#> (None, 1, 4)
