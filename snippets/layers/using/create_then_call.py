import tensorflow as tf

x = tf.ones((2, 4))  # a batch of 2 samples with 4 features each

# Style 1: create the layer object first, then call it on a tensor.
layer = tf.keras.layers.Dense(3)
y = layer(x)

print(y.shape)
#> (2, 3)
