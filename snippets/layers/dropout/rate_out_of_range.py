import numpy as np
import tensorflow as tf

# A rate above 1 (or below 0) is refused when the layer is created.
try:
    tf.keras.layers.Dropout(1.5)
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(". ")[1])
    #> Expected a float value between 0 and 1

# rate=1.0 is accepted, but in training it drops everything: the next layer sees only zeros.
x = np.ones((1, 6), dtype="float32")
print(tf.keras.layers.Dropout(1.0)(x, training=True).numpy())
#> [[0. 0. 0. 0. 0. 0.]]
