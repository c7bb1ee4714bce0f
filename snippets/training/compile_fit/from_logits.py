import numpy as np
import tensorflow as tf

logits = np.array([[2.0, 1.0, 0.1], [0.5, 0.3, 1.5]], dtype="float32")
probs = tf.nn.softmax(logits).numpy()  # what a softmax last layer would output
labels = np.array([0, 2])


def loss(from_logits, outputs):
    fn = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=from_logits)
    return round(float(fn(labels, outputs)), 4)


print("right:", loss(True, logits), loss(False, probs))  # the same value both ways
#> right: 0.4646 0.4646
# Softmax outputs read as logits: softmax is applied twice, the loss is too flat.
print("softmax + from_logits=True:", loss(True, probs))
#> softmax + from_logits=True: 0.8267
# Logits read as probabilities: Keras rescales them to sum to 1, a different loss again.
print("logits + from_logits=False:", loss(False, logits))
#> logits + from_logits=False: 0.6649
