import math

import numpy as np
import tensorflow as tf

n = 7  # input length (steps)
x = np.zeros((1, n, 1), dtype="float32")

for pool_size in (2, 3):
    for strides in (None, 1, 2):
        for padding in ("valid", "same"):
            layer = tf.keras.layers.MaxPooling1D(pool_size, strides, padding)
            length = layer(x).shape[1]  # what TensorFlow computes
            s = strides or pool_size  # strides=None means strides = pool_size
            if padding == "valid":
                formula = f"⌊({n} − {pool_size}) / {s}⌋ + 1 = {(n - pool_size) // s + 1}"
            else:
                formula = f"⌈{n} / {s}⌉ = {math.ceil(n / s)}"
            print(f"| {pool_size} | {strides} | `{padding}` | {length} | {formula} |")
            #> | 2 | None | `valid` | 3 | ⌊(7 − 2) / 2⌋ + 1 = 3 |
            #> | 2 | None | `same` | 4 | ⌈7 / 2⌉ = 4 |
            #> | 2 | 1 | `valid` | 6 | ⌊(7 − 2) / 1⌋ + 1 = 6 |
            #> | 2 | 1 | `same` | 7 | ⌈7 / 1⌉ = 7 |
            #> | 2 | 2 | `valid` | 3 | ⌊(7 − 2) / 2⌋ + 1 = 3 |
            #> | 2 | 2 | `same` | 4 | ⌈7 / 2⌉ = 4 |
            #> | 3 | None | `valid` | 2 | ⌊(7 − 3) / 3⌋ + 1 = 2 |
            #> | 3 | None | `same` | 3 | ⌈7 / 3⌉ = 3 |
            #> | 3 | 1 | `valid` | 5 | ⌊(7 − 3) / 1⌋ + 1 = 5 |
            #> | 3 | 1 | `same` | 7 | ⌈7 / 1⌉ = 7 |
            #> | 3 | 2 | `valid` | 3 | ⌊(7 − 3) / 2⌋ + 1 = 3 |
            #> | 3 | 2 | `same` | 4 | ⌈7 / 2⌉ = 4 |
