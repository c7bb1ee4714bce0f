import tensorflow as tf

# 2 samples, 3 timesteps, 2 channels.
x = tf.constant([[[1.0, 6.0], [2.0, 5.0], [3.0, 7.0]], [[0.0, 1.0], [4.0, 1.0], [2.0, 1.0]]])
print(tf.keras.layers.GlobalMaxPooling1D()(x).numpy().tolist())
#> [[3.0, 7.0], [4.0, 1.0]]
print(tf.keras.layers.GlobalAveragePooling1D()(x).numpy().tolist())
#> [[2.0, 6.0], [2.0, 1.0]]
