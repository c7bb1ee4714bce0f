import numpy as np
import tensorflow as tf

inputs = tf.keras.Input(shape=(3,))
print(isinstance(inputs, tf.keras.KerasTensor), hasattr(inputs, "numpy"))
#> True False

# There is nothing to read: a KerasTensor cannot become a NumPy array.
try:
    np.asarray(inputs)
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(":")[0])
    #> A KerasTensor is symbolic

# Values exist only once a model built from it is called on real data.
model = tf.keras.Model(inputs, tf.keras.layers.Flatten()(inputs))
print(model(np.array([[1.0, 2.0, 3.0]])).numpy().tolist())
#> [[1.0, 2.0, 3.0]]
