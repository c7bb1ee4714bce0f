import tensorflow as tf

L = tf.keras.layers
# Each step (or pixel) is repeated size times along each spatial axis.
print(L.UpSampling1D()(tf.keras.Input(shape=(5, 3))).shape)
#> (None, 10, 3)
up = L.UpSampling2D()
print(up(tf.keras.Input(shape=(7, 7, 8))).shape, up.count_params())
#> (None, 14, 14, 8) 0
print(L.UpSampling3D()(tf.keras.Input(shape=(4, 8, 8, 1))).shape)
#> (None, 8, 16, 16, 1)

x = tf.constant([[[1.0], [2.0], [4.0]]])
print(L.UpSampling1D(size=2)(x)[0, :, 0].numpy().tolist())
#> [1.0, 1.0, 2.0, 2.0, 4.0, 4.0]
