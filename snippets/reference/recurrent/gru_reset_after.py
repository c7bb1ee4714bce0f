import tensorflow as tf

inputs = tf.keras.Input(shape=(10, 3))

# reset_after=True (the default, cuDNN-compatible) has two biases per gate: 2 rows.
new = tf.keras.layers.GRU(4)
new(inputs)
print(new.cell.bias.shape, new.count_params())
#> (2, 12) 108

# reset_after=False (the original GRU, and Keras 1's) has one bias per gate.
old = tf.keras.layers.GRU(4, reset_after=False)
old(inputs)
print(old.cell.bias.shape, old.count_params())
#> (12,) 96
