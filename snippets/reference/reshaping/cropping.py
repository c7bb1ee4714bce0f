import tensorflow as tf

L = tf.keras.layers
# cropping says how many rows or steps to cut at the start and the end of each axis.
crop = L.Cropping1D()
print(crop(tf.keras.Input(shape=(10, 2))).shape, crop.count_params())
#> (None, 8, 2) 0
print(L.Cropping1D((2, 3))(tf.keras.Input(shape=(10, 2))).shape)
#> (None, 5, 2)
print(L.Cropping2D(((1, 1), (2, 2)))(tf.keras.Input(shape=(28, 28, 3))).shape)
#> (None, 26, 24, 3)
print(L.Cropping2D()(tf.keras.Input(shape=(28, 28, 3))).shape)
#> (None, 28, 28, 3)
print(L.Cropping3D()(tf.keras.Input(shape=(8, 16, 16, 1))).shape)
#> (None, 6, 14, 14, 1)

x = tf.constant([[[1], [2], [3], [4], [5]]])
print(L.Cropping1D((1, 2))(x)[0, :, 0].numpy().tolist())
#> [2, 3]
