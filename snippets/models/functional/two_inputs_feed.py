import numpy as np
import tensorflow as tf

# The two-input model: four numbers and two flags, joined, then two Dense layers.
numbers = tf.keras.Input(shape=(4,), name="numbers")
flags = tf.keras.Input(shape=(2,), name="flags")
joined = tf.keras.layers.Concatenate(name="joined")([numbers, flags])
hidden = tf.keras.layers.Dense(8, activation="relu", name="hidden")(joined)
score = tf.keras.layers.Dense(1, name="score")(hidden)
model = tf.keras.Model(inputs=[numbers, flags], outputs=score)

# Feed it a list in the order of `inputs`, or a dict keyed by the Inputs' names.
x_numbers = np.ones((5, 4), dtype="float32")
x_flags = np.zeros((5, 2), dtype="float32")
by_list = model.predict([x_numbers, x_flags], verbose=0)
by_name = model.predict({"flags": x_flags, "numbers": x_numbers}, verbose=0)
print(by_list.shape, np.allclose(by_list, by_name))
#> (5, 1) True
