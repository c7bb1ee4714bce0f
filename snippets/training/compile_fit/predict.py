import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.normal(size=(5, 4)).astype("float32")
model = tf.keras.Sequential([tf.keras.Input((4,)), tf.keras.layers.Dense(3)])

# predict runs the model in inference mode, batch by batch, and returns a NumPy array.
logits = model.predict(x, batch_size=2, verbose=0)
print(type(logits).__name__, logits.shape)
#> ndarray (5, 3)

# The last layer has no softmax, so these are logits: turn them into probabilities here.
probs = tf.nn.softmax(logits).numpy()
print(np.round(probs.sum(axis=1), 4).tolist())
#> [1.0, 1.0, 1.0, 1.0, 1.0]
print(np.argmax(probs, axis=1).tolist())  # the predicted class of each sample
#> [1, 2, 1, 2, 2]
