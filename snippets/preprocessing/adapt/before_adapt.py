import numpy as np
import tensorflow as tf

layers = tf.keras.layers
numbers = np.array([[1.0], [50.0]])
calls = [
    (layers.Normalization(), numbers),
    (layers.Discretization(num_bins=3), numbers),
    (layers.TextVectorization(), ["the cat"]),
    (layers.StringLookup(), ["seoul"]),
    (layers.IntegerLookup(), np.array([2024])),
]
# None of them has learned anything yet.
for layer, inputs in calls:
    name = type(layer).__name__
    try:
        print(name, "returns", layer(inputs).numpy().tolist())
        #> Normalization returns [[1.0], [50.0]]
    except Exception as error:  # each layer fails in its own way
        print(name, "raises", type(error).__name__)
        #> Discretization raises ValueError
        #> TextVectorization raises FailedPreconditionError
        #> StringLookup raises FailedPreconditionError
        #> IntegerLookup raises FailedPreconditionError
