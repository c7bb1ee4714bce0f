import numpy as np
import tensorflow as tf

model = tf.keras.Sequential([tf.keras.Input(shape=(4,)), tf.keras.layers.Dense(3)])

# Data with 5 features per sample for a model declared with 4.
try:
    model.predict(np.ones((2, 5), dtype="float32"), verbose=0)
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    expected, received = str(error).split("layer: ")[1].split(", but ")
    print(expected)
    #> expected axis -1 of input shape to have value 4
    print(received[: received.index(")") + 1])  # the message goes on with the call's arguments
    #> received input with shape (2, 5)
