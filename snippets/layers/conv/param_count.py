import math

import tensorflow as tf

layers = tf.keras.layers
cases = [  # (layer class, input shape without the batch, kernel_size, filters, use_bias)
    (layers.Conv1D, (5, 10), 2, 10, True),  # the study note's layer
    (layers.Conv1D, (100, 3), 3, 16, True),
    (layers.Conv2D, (28, 28, 1), (3, 3), 16, True),
    (layers.Conv2D, (28, 28, 3), (5, 5), 16, False),
    (layers.Conv3D, (10, 28, 28, 1), (3, 3, 3), 16, True),
]
for cls, shape, kernel_size, filters, use_bias in cases:
    layer = cls(filters, kernel_size, use_bias=use_bias)
    layer(tf.keras.Input(shape=shape))
    k = math.prod(layer.kernel_size)  # kernel_size multiplied out: 3 × 3 = 9
    c_in = shape[-1]  # in_channels: the input's last axis
    formula = k * c_in * filters + (filters if use_bias else 0)
    row = f"| {cls.__name__} | {layer.kernel_size} | {c_in} | {filters} | {use_bias} "
    print(row + f"| {layer.count_params()} | {formula} |")
    #> | Conv1D | (2,) | 10 | 10 | True | 210 | 210 |
    #> | Conv1D | (3,) | 3 | 16 | True | 160 | 160 |
    #> | Conv2D | (3, 3) | 1 | 16 | True | 160 | 160 |
    #> | Conv2D | (5, 5) | 3 | 16 | False | 1200 | 1200 |
    #> | Conv3D | (3, 3, 3) | 1 | 16 | True | 448 | 448 |
