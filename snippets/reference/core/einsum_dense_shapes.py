import tensorflow as tf

# "ab,bc->ac" with a bias on c is exactly Dense(4): kernel (3, 4) plus 4 biases.
layer = tf.keras.layers.EinsumDense("ab,bc->ac", output_shape=4, bias_axes="c")
print(layer(tf.keras.Input(shape=(3,))).shape)
#> (None, 4)
print(layer.kernel.shape, layer.count_params())
#> (3, 4) 16

# Project each of 5 timesteps from 3 features to 2 heads of 8: kernel (3, 2, 8).
layer = tf.keras.layers.EinsumDense("abc,cde->abde", output_shape=(5, 2, 8), bias_axes="de")
print(layer(tf.keras.Input(shape=(5, 3))).shape)
#> (None, 5, 2, 8)
print(layer.kernel.shape, layer.bias.shape, layer.count_params(), "=", 3 * 2 * 8 + 2 * 8)
#> (3, 2, 8) (2, 8) 64 = 64
