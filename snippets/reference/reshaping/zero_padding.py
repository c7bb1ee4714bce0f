import tensorflow as tf

L = tf.keras.layers
# padding says how many zeros to add at the start and the end of each spatial axis.
print(L.ZeroPadding1D()(tf.keras.Input(shape=(10, 2))).shape)
#> (None, 12, 2)
pad = L.ZeroPadding2D()
print(pad(tf.keras.Input(shape=(28, 28, 3))).shape, pad.count_params())
#> (None, 30, 30, 3) 0
print(L.ZeroPadding2D(((0, 1), (2, 2)))(tf.keras.Input(shape=(28, 28, 3))).shape)
#> (None, 29, 32, 3)
print(L.ZeroPadding3D()(tf.keras.Input(shape=(8, 16, 16, 1))).shape)
#> (None, 10, 18, 18, 1)

x = tf.constant([[[[5.0]]]])
print(L.ZeroPadding2D()(x)[0, :, :, 0].numpy().astype(int).tolist())
#> [[0, 0, 0], [0, 5, 0], [0, 0, 0]]
