import os
import tempfile

import numpy as np
import tensorflow as tf


def attempt(keras2, keras3):
    """Run the Keras 2 idiom and print how it fails, then run the fix and print its result."""
    try:
        keras2()
    except (AttributeError, ValueError) as error:
        message = str(error).split(". ")[0].replace("keras._tf_keras.", "")  # internal path
        message = message.replace(" object has no attribute", " has no")
        print(type(error).__name__, message.replace(" has no attribute", " has no"), "->", keras3())
        #> AttributeError 'Sequential' has no 'fit_generator' -> 1
        #> ValueError Invalid filepath extension for saving -> True
        #> AttributeError module 'keras.backend' has no 'get_session' -> True


model = tf.keras.Sequential([tf.keras.Input((3,)), tf.keras.layers.Dense(2)])
model.compile(optimizer="adam", loss="mse")
batches = lambda: ((np.ones((4, 3)), np.ones((4, 2))) for _ in range(2))  # noqa: E731
folder = os.path.join(tempfile.mkdtemp(), "exported")

attempt(
    lambda: model.fit_generator,
    lambda: len(model.fit(batches(), steps_per_epoch=2, shuffle=False, verbose=0).epoch),
)
attempt(
    lambda: model.save(folder),
    lambda: model.export(folder, verbose=False) or "saved_model.pb" in os.listdir(folder),
)
attempt(lambda: tf.keras.backend.get_session, lambda: tf.executing_eagerly())
