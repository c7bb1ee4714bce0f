import tensorflow as tf

# The same layer, with the same weights, applied to every timestep.
frames = tf.keras.Input(shape=(5, 32, 32, 3))  # 5 images of 32 × 32
conv = tf.keras.layers.TimeDistributed(tf.keras.layers.Conv2D(8, 3))
print(conv(frames).shape, conv.count_params())
#> (None, 5, 30, 30, 8) 224
print(3 * 3 * 3 * 8 + 8)
#> 224

sequence = tf.keras.Input(shape=(10, 3))
dense = tf.keras.layers.TimeDistributed(tf.keras.layers.Dense(5))
print(dense(sequence).shape, dense.count_params())
#> (None, 10, 5) 20

# Dense already acts on the last axis only, so here it gives the same shape alone.
print(tf.keras.layers.Dense(5)(sequence).shape)
#> (None, 10, 5)
