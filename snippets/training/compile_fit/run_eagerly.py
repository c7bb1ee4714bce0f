import numpy as np
import tensorflow as tf

seen = []  # the type of tensor each call of the layer received


class Debug(tf.keras.layers.Layer):
    def call(self, x):
        seen.append(type(x).__name__)
        np.asarray(x)  # NumPy needs real values
        return x


tf.keras.utils.set_random_seed(0)
x = np.random.normal(size=(8, 4)).astype("float32")
model = tf.keras.Sequential([tf.keras.Input((4,)), Debug(), tf.keras.layers.Dense(1)])

# By default fit traces the training step into a graph: x is symbolic, with no values.
model.compile(optimizer="sgd", loss="mse")
try:
    model.fit(x, x[:, :1], epochs=1, batch_size=8, verbose=0)
except NotImplementedError as error:
    print(type(error).__name__, seen[-1])
    #> NotImplementedError SymbolicTensor

# run_eagerly=True runs every step as plain Python: NumPy and print see real values.
model.compile(optimizer="sgd", loss="mse", run_eagerly=True)
model.fit(x, x[:, :1], epochs=1, batch_size=8, verbose=0)
print(model.run_eagerly, seen[-1])
#> True EagerTensor
