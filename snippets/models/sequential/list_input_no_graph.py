import numpy as np
import tensorflow as tf

# Without an Input, a first layer that takes a list (here Concatenate) can be called on two arrays.
model = tf.keras.Sequential([tf.keras.layers.Concatenate(), tf.keras.layers.Dense(1)])
y = model([np.ones((2, 4), dtype="float32"), np.ones((2, 2), dtype="float32")])
print(y.shape, model.count_params())
#> (2, 1) 7

# It runs the layers one after another, but never becomes a graph with inputs.
try:
    print(model.inputs)
except AttributeError as error:
    print(type(error).__name__)
    #> AttributeError
    print(str(error).split("' ")[1])
    #> has no defined inputs yet.
