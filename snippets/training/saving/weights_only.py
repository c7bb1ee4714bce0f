import os
import tempfile

import numpy as np
import tensorflow as tf


def make_model():  # the code is the architecture; the file will hold only the weights
    return tf.keras.Sequential(
        [tf.keras.Input((8,)), tf.keras.layers.Dense(16, "relu"), tf.keras.layers.Dense(3)]
    )


tf.keras.utils.set_random_seed(0)
x = np.random.normal(size=(4, 8)).astype("float32")
model = make_model()
path = os.path.join(tempfile.mkdtemp(), "model.weights.h5")
model.save_weights(path)

fresh = make_model()  # new random weights
print(np.allclose(model(x), fresh(x)))
#> False
fresh.load_weights(path)
print(np.allclose(model(x), fresh(x)))
#> True

# Keras 3 wants the .weights.h5 ending; a TensorFlow checkpoint prefix is refused.
try:
    model.save_weights(os.path.join(tempfile.mkdtemp(), "ckpt"))
except ValueError as error:
    print(type(error).__name__, str(error).split(". Received")[0])
    #> ValueError The filename must end in `.weights.h5`
