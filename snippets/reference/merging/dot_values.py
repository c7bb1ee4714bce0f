import numpy as np
import tensorflow as tf

a = np.array([[1.0, 2.0, 3.0]], dtype="float32")
b = np.array([[4.0, 5.0, 6.0]], dtype="float32")

# The dot product along axis 1: 1*4 + 2*5 + 3*6, one value per sample.
print(tf.keras.layers.Dot(axes=1)([a, b]).numpy())
#> [[32.]]

# normalize=True scales both to length 1 first: the cosine similarity.
print(tf.keras.layers.Dot(axes=1, normalize=True)([a, b]).numpy().round(4))
#> [[0.9746]]

# On sequences: every position of one against every position of the other.
queries = tf.keras.Input(shape=(3, 8))
keys = tf.keras.Input(shape=(5, 8))
print(tf.keras.layers.Dot(axes=2)([queries, keys]).shape)
#> (None, 3, 5)
