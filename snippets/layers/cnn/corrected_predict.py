import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)

# The corrected model again: 28 steps of 28 features in, 10 probabilities out.
inputs = tf.keras.Input((28, 28))
x = tf.keras.layers.Dropout(0.2)(inputs)
x = tf.keras.layers.Conv1D(10, 3, padding="same", activation="relu")(x)
x = tf.keras.layers.MaxPool1D(3, padding="same")(x)
x = tf.keras.layers.Flatten()(x)
x = tf.keras.layers.Dense(50, activation="relu")(x)
outputs = tf.keras.layers.Dense(10, activation="softmax")(x)
model = tf.keras.Model(inputs, outputs)

images = np.random.default_rng(0).random((2, 28, 28), dtype="float32")
probabilities = model.predict(images, verbose=0)
print(probabilities.shape)
#> (2, 10)
print(np.round(probabilities.sum(axis=1), 4))  # softmax: each row sums to 1
#> [1. 1.]
