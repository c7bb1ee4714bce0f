import math

import tensorflow as tf

# One sample's shape -> Flatten's output: the product of all non-batch sizes.
for shape in [(4,), (3, 4), (28, 28), (28, 28, 1), (32, 32, 3), (2, 3, 4, 5)]:
    outputs = tf.keras.layers.Flatten()(tf.keras.Input(shape=shape))
    product = " × ".join(str(size) for size in shape)
    print(f"| {(None, *shape)} | {product} = {math.prod(shape)} | {outputs.shape} |")
    #> | (None, 4) | 4 = 4 | (None, 4) |
    #> | (None, 3, 4) | 3 × 4 = 12 | (None, 12) |
    #> | (None, 28, 28) | 28 × 28 = 784 | (None, 784) |
    #> | (None, 28, 28, 1) | 28 × 28 × 1 = 784 | (None, 784) |
    #> | (None, 32, 32, 3) | 32 × 32 × 3 = 3072 | (None, 3072) |
    #> | (None, 2, 3, 4, 5) | 2 × 3 × 4 × 5 = 120 | (None, 120) |
