import tensorflow as tf

# The study note declares one sample as 1 × 28 × 28; Keras adds the batch axis in front.
images = tf.keras.Input((1, 28, 28))  # shape is Input's first argument
print(images.shape)
#> (None, 1, 28, 28)
print(tf.keras.layers.Flatten()(images).shape)  # 1 × 28 × 28 = 784
#> (None, 784)

# Later the note flattens the pooled features, 10 steps × 10 channels per sample.
pooled = tf.keras.Input(shape=(10, 10))
print(tf.keras.layers.Flatten()(pooled).shape)
#> (None, 100)
