import numpy as np
import tensorflow as tf

# 4 sequences of 6 values each, but no channel axis: shape (4, 6).
x = np.arange(24, dtype="float32").reshape(4, 6)
try:
    tf.keras.layers.MaxPooling1D(pool_size=2)(x)
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(": ")[1].split(".")[0])
    #> expected ndim=3, found ndim=2

# MaxPooling1D wants (batch, steps, channels): add a channel axis of size 1.
x3 = x[..., np.newaxis]
print(x3.shape, tf.keras.layers.MaxPooling1D(pool_size=2)(x3).shape)
#> (4, 6, 1) (4, 3, 1)
