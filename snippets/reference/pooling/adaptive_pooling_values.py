import tensorflow as tf

# 6 steps into 3 windows of 2.
x = tf.constant([[[1.0], [4.0], [2.0], [8.0], [5.0], [3.0]]])
print(tf.keras.layers.AdaptiveMaxPooling1D(3)(x)[0, :, 0].numpy().tolist())
#> [4.0, 8.0, 5.0]

# 5 steps into 2 windows: [1, 2, 3] and [3, 4, 5] share the middle step.
x = tf.constant([[[1.0], [2.0], [3.0], [4.0], [5.0]]])
print(tf.keras.layers.AdaptiveAveragePooling1D(2)(x)[0, :, 0].numpy().tolist())
#> [2.0, 4.0]
