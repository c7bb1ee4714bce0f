import numpy as np
import tensorflow as tf

x = np.arange(1, 6, dtype="float32").reshape(1, 5, 1)  # steps 1, 2, 3, 4, 5

# "causal" pads only on the left: output[t] sees input[t - 2 : t + 1], never the future.
layer = tf.keras.layers.Conv1D(1, 3, padding="causal", kernel_initializer="ones")
y = layer(x)
print(tuple(y.shape), y.numpy().ravel())
#> (1, 5, 1) [ 1.  3.  6.  9. 12.]

# Only Conv1D accepts it; Conv2D and Conv3D reject it when they are created.
for cls in [tf.keras.layers.Conv2D, tf.keras.layers.Conv3D]:
    try:
        cls(1, 3, padding="causal")
    except ValueError as error:
        message = str(error).split(" {")[0]
        print(cls.__name__, type(error).__name__)
        #> Conv2D ValueError
        #> Conv3D ValueError
print(message)
#> The `padding` argument must be a list/tuple or one of
