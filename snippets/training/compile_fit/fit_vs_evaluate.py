import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.normal(size=(300, 4)).astype("float32")
y = np.argmax(x @ np.random.normal(size=(4, 3)), axis=1)


def train(dropout):
    model = tf.keras.Sequential(
        [
            tf.keras.Input((4,)),
            tf.keras.layers.Dense(16, "relu"),
            tf.keras.layers.Dropout(dropout),
            tf.keras.layers.Dense(3),
        ]
    )
    loss = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    model.compile(tf.keras.optimizers.Adam(0.01), loss=loss, metrics=["accuracy"])
    history = model.fit(x, y, epochs=3, verbose=0)
    # fit: the mean over the last epoch's batches, in training mode, while weights changed.
    # evaluate: the final weights, in inference mode, on the same data.
    _, accuracy = model.evaluate(x, y, verbose=0)
    print(dropout, round(history.history["accuracy"][-1], 3), round(accuracy, 3))
    #> 0.0 0.89 0.907
    #> 0.5 0.753 0.857


train(dropout=0.0)  # only the running mean differs
train(dropout=0.5)  # the running mean and dropout
