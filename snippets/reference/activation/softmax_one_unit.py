import warnings

import numpy as np
import tensorflow as tf

# A yes/no classifier with one output unit and softmax: the softmax of one value is 1.
tf.keras.utils.set_random_seed(0)
model = tf.keras.Sequential(
    [tf.keras.Input(shape=(4,)), tf.keras.layers.Dense(1), tf.keras.layers.Softmax()]
)
x = np.random.default_rng(0).normal(size=(3, 4)).astype("float32")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # Keras warns about exactly this
    print(model(x).numpy().ravel())
    #> [1. 1. 1.]

# One unit needs a sigmoid instead (or two units and softmax).
sigmoid = tf.keras.layers.Activation("sigmoid")
print(sigmoid(model.layers[0](x)).numpy().ravel().round(4))
#> [0.6094 0.4956 0.5017]
