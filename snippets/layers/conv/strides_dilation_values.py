import numpy as np
import tensorflow as tf

x = np.arange(1, 9, dtype="float32").reshape(1, 8, 1)  # steps 1, 2, ..., 8


def conv(**kwargs):
    # Kernel of size 2, all ones, no bias: each output is the sum of the 2 steps it sees.
    layer = tf.keras.layers.Conv1D(1, 2, kernel_initializer="ones", use_bias=False, **kwargs)
    return layer(x).numpy().ravel()


print(conv())  # 1+2, 2+3, 3+4, ...
#> [ 3.  5.  7.  9. 11. 13. 15.]
print(conv(strides=2))  # the window jumps 2 steps: 1+2, 3+4, 5+6, 7+8
#> [ 3.  7. 11. 15.]
print(conv(dilation_rate=3))  # the 2 taps are 3 steps apart: 1+4, 2+5, ...
#> [ 5.  7.  9. 11. 13.]
