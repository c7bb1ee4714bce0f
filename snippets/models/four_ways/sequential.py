import numpy as np
import tensorflow as tf

# A list of layers, each fed the previous one's output.
model = tf.keras.Sequential(
    [
        tf.keras.Input((8,)),
        tf.keras.layers.Dense(16, activation="relu"),
        tf.keras.layers.Dense(3, activation="softmax"),
    ]
)

x = np.random.default_rng(0).normal(size=(4, 8)).astype("float32")
print(model(x).shape, model.count_params())
#> (4, 3) 195
