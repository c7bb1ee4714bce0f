import numpy as np
import tensorflow as tf

model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(), dtype="string"),
        tf.keras.layers.TextVectorization(vocabulary=["good", "bad"]),
    ]
)
texts = np.array(["good movie", "bad plot"])  # NumPy's own string type, dtype <U10
try:
    model.predict(texts, verbose=0)
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).startswith("Invalid dtype: str"))
    #> True

# An object array (or a tf.constant) of Python strings works.
print(model.predict(texts.astype(object), verbose=0).tolist())
#> [[2, 1], [3, 1]]
