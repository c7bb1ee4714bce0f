import numpy as np
import tensorflow as tf

pixels = np.array([[0.0, 51.0, 127.5, 255.0]])  # values as an image file stores them

# output = input * scale + offset
to_0_1 = tf.keras.layers.Rescaling(1 / 255)
to_minus1_1 = tf.keras.layers.Rescaling(1 / 127.5, offset=-1)
print(to_0_1(pixels).numpy().round(2))
#> [[0.  0.2 0.5 1. ]]
print(to_minus1_1(pixels).numpy().round(2))
#> [[-1.  -0.6  0.   1. ]]
