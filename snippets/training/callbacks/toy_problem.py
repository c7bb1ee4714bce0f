import numpy as np
import tensorflow as tf


def toy_problem():
    """40 noisy samples and a model big enough to overfit them: seeded, so every run agrees."""
    rng = np.random.default_rng(0)
    x = rng.normal(size=(40, 5)).astype("float32")
    y = x[:, :1] + rng.normal(scale=1.0, size=(40, 1)).astype("float32")
    tf.keras.utils.set_random_seed(0)
    model = tf.keras.Sequential(
        [tf.keras.Input((5,)), tf.keras.layers.Dense(64, "relu"), tf.keras.layers.Dense(1)]
    )
    model.compile(optimizer=tf.keras.optimizers.Adam(0.003), loss="mse")
    return x, y, model
