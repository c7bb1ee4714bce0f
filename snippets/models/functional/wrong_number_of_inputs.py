import numpy as np
import tensorflow as tf

numbers = tf.keras.Input(shape=(4,), name="numbers")
flags = tf.keras.Input(shape=(2,), name="flags")
joined = tf.keras.layers.Concatenate()([numbers, flags])
model = tf.keras.Model([numbers, flags], tf.keras.layers.Dense(1)(joined))

# One array for a model with two inputs.
try:
    model.predict(np.ones((5, 4), dtype="float32"), verbose=0)
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    expected, received = str(error).split(". ")[0].split(", but ")
    print(expected)
    #> Layer "functional" expects 2 named input(s) with keys ['numbers', 'flags']
    print(received)
    #> it received 1 input tensors
