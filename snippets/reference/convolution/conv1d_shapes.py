import tensorflow as tf

# 20 timesteps of 4 features; 8 filters of width 3 slide along the timesteps.
conv = tf.keras.layers.Conv1D(filters=8, kernel_size=3)
print(conv(tf.keras.Input(shape=(20, 4))).shape)
#> (None, 18, 8)
print(conv.kernel.shape, conv.count_params(), "=", 3 * 4 * 8 + 8)
#> (3, 4, 8) 104 = 104

# padding="causal": the output at step t sees only steps up to t, and keeps the length.
causal = tf.keras.layers.Conv1D(filters=8, kernel_size=3, padding="causal")
print(causal(tf.keras.Input(shape=(20, 4))).shape)
#> (None, 20, 8)
