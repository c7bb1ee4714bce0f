import math

import tensorflow as tf

n, k = 10, 3  # input length, kernel_size
x = tf.zeros((1, n, 1))

for padding in ["valid", "same"]:
    for s in [1, 2, 3]:
        for d in [1, 2, 4]:
            if padding == "valid":
                formula = math.floor((n - d * (k - 1) - 1) / s) + 1
            else:
                formula = math.ceil(n / s)
            try:
                layer = tf.keras.layers.Conv1D(1, k, strides=s, padding=padding, dilation_rate=d)
                result = layer(x).shape[1]
            except ValueError as error:
                result = formula = type(error).__name__
            print(f"| {padding} | {s} | {d} | {d * (k - 1) + 1} | {result} | {formula} |")
            #> | valid | 1 | 1 | 3 | 8 | 8 |
            #> | valid | 1 | 2 | 5 | 6 | 6 |
            #> | valid | 1 | 4 | 9 | 2 | 2 |
            #> | valid | 2 | 1 | 3 | 4 | 4 |
            #> | valid | 2 | 2 | 5 | ValueError | ValueError |
            #> | valid | 2 | 4 | 9 | ValueError | ValueError |
            #> | valid | 3 | 1 | 3 | 3 | 3 |
            #> | valid | 3 | 2 | 5 | ValueError | ValueError |
            #> | valid | 3 | 4 | 9 | ValueError | ValueError |
            #> | same | 1 | 1 | 3 | 10 | 10 |
            #> | same | 1 | 2 | 5 | 10 | 10 |
            #> | same | 1 | 4 | 9 | 10 | 10 |
            #> | same | 2 | 1 | 3 | 5 | 5 |
            #> | same | 2 | 2 | 5 | ValueError | ValueError |
            #> | same | 2 | 4 | 9 | ValueError | ValueError |
            #> | same | 3 | 1 | 3 | 4 | 4 |
            #> | same | 3 | 2 | 5 | ValueError | ValueError |
            #> | same | 3 | 4 | 9 | ValueError | ValueError |
