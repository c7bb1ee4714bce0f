import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.default_rng(0).normal(size=(2, 6, 3)).astype("float32")
layer = tf.keras.layers.LSTM(4, return_sequences=True, return_state=True)
sequence, h, c = layer(x)

# The last output is the hidden state h; c is the cell's memory, which is not output.
print(sequence.shape, h.shape, c.shape)
#> (2, 6, 4) (2, 4) (2, 4)
print(np.allclose(sequence[:, -1], h))
#> True

# The kernel holds the four gates side by side: input, forget, cell, output.
print(layer.cell.kernel.shape, layer.cell.recurrent_kernel.shape, layer.cell.bias.shape)
#> (3, 16) (4, 16) (16,)

# unit_forget_bias=True starts the forget gate's bias at 1, so the cell remembers at first.
print(layer.cell.bias.numpy().reshape(4, 4)[:, 0])
#> [0. 1. 0. 0.]
