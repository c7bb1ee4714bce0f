import numpy as np
import tensorflow as tf

# Layers called on symbolic tensors; the model is the graph from inputs to outputs.
inputs = tf.keras.Input((8,))
hidden = tf.keras.layers.Dense(16, activation="relu")(inputs)
outputs = tf.keras.layers.Dense(3, activation="softmax")(hidden)
model = tf.keras.Model(inputs, outputs)

x = np.random.default_rng(0).normal(size=(4, 8)).astype("float32")
print(model(x).shape, model.count_params())
#> (4, 3) 195
