import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)

# One trunk, two heads: a number and three class probabilities.
inputs = tf.keras.Input(shape=(4,), name="features")
trunk = tf.keras.layers.Dense(8, activation="relu", name="trunk")(inputs)
score = tf.keras.layers.Dense(1, name="score")(trunk)
label = tf.keras.layers.Dense(3, activation="softmax", name="label")(trunk)
model = tf.keras.Model(inputs=inputs, outputs=[score, label])

print(len(model.outputs), model.output_shape)
#> 2 [(None, 1), (None, 3)]

# predict returns one array per output, in the order of `outputs`.
y_score, y_label = model.predict(np.ones((5, 4), dtype="float32"), verbose=0)
print(y_score.shape, y_label.shape)
#> (5, 1) (5, 3)
print(np.round(y_label.sum(axis=1), 4))  # softmax head: each row sums to 1
#> [1. 1. 1. 1. 1.]

# Each output gets its own loss; fit reports each and their sum.
model.compile(optimizer="sgd", loss={"score": "mse", "label": "sparse_categorical_crossentropy"})
x, y = np.ones((6, 4), dtype="float32"), {"score": np.zeros((6, 1)), "label": np.zeros((6,))}
history = model.fit(x, y, epochs=1, verbose=0)
losses = {name: round(values[0], 4) for name, values in history.history.items()}
print(sorted(losses))
#> ['label_loss', 'loss', 'score_loss']
print(np.isclose(losses["loss"], losses["score_loss"] + losses["label_loss"], atol=1e-3))
#> True
