import numpy as np
import tensorflow as tf
from sklearn.datasets import load_wine

features, labels = load_wine(return_X_y=True)
features = features.astype("float32")
order = np.random.default_rng(0).permutation(len(features))
train, test = order[:128], order[128:]
tf.keras.utils.set_random_seed(0)

norm = tf.keras.layers.Normalization()
norm.adapt(features[train])
inputs = tf.keras.Input(shape=(13,))  # raw measurements in
hidden = tf.keras.layers.Dense(16, activation="relu")(norm(inputs))
outputs = tf.keras.layers.Dense(3, activation="softmax")(hidden)
model = tf.keras.Model(inputs, outputs)
optimizer = tf.keras.optimizers.Adam(learning_rate=0.01)
model.compile(optimizer, loss="sparse_categorical_crossentropy", metrics=["accuracy"])
trainable = sum(w.numpy().size for w in model.trainable_weights)
print(trainable, model.count_params() - trainable)  # Dense weights, Normalization's statistics
#> 275 27

history = model.fit(features[train], labels[train], epochs=20, batch_size=32, verbose=0)
losses = history.history["loss"]
print("first epoch loss below 2:", losses[0] < 2, "| went down:", losses[-1] < losses[0])
#> first epoch loss below 2: True | went down: True
loss, accuracy = model.evaluate(features[test], labels[test], verbose=0)
print("test accuracy above 0.8:", accuracy > 0.8)
#> test accuracy above 0.8: True
print(model.predict(features[test][:5], verbose=0).shape)  # raw rows, no scaling by hand
#> (5, 3)
