import numpy as np
import tensorflow as tf
from sklearn.datasets import load_wine

features, labels = load_wine(return_X_y=True)
features = features.astype("float32")
order = np.random.default_rng(0).permutation(len(features))
train = order[:128]
tf.keras.utils.set_random_seed(0)

# The same model without the Normalization layer.
inputs = tf.keras.Input(shape=(13,))
hidden = tf.keras.layers.Dense(16, activation="relu")(inputs)
outputs = tf.keras.layers.Dense(3, activation="softmax")(hidden)
model = tf.keras.Model(inputs, outputs)
optimizer = tf.keras.optimizers.Adam(learning_rate=0.01)
model.compile(optimizer, loss="sparse_categorical_crossentropy", metrics=["accuracy"])

history = model.fit(features[train], labels[train], epochs=20, batch_size=32, verbose=0)
losses = history.history["loss"]
# Proline, in the hundreds, swamps every sum: the first loss is huge.
print("first epoch loss above 10:", losses[0] > 10)
#> first epoch loss above 10: True
