import keras
import numpy as np
import tensorflow as tf

inputs = keras.Input((3,))
# A TensorFlow function cannot take a symbolic Keras tensor: the Keras 2 habit fails.
try:
    tf.nn.relu(inputs)
except ValueError as error:
    print(type(error).__name__, str(error).split(". A KerasTensor")[0])
    #> ValueError A KerasTensor cannot be used as input to a TensorFlow function

# keras.ops works on symbolic tensors, so it can build a Functional model directly.
outputs = keras.ops.relu(inputs)
print(keras.Model(inputs, outputs)(np.array([[-1.0, 0.0, 2.0]])).numpy().tolist())
#> [[0.0, 0.0, 2.0]]


# Inside a layer's call, both work on the TensorFlow backend: x is a real tf.Tensor.
class Both(keras.layers.Layer):
    def call(self, x):
        return keras.ops.relu(x) - tf.nn.relu(x)  # keras.ops also runs on JAX or PyTorch


print(Both()(np.array([[-1.0, 0.0, 2.0]])).numpy().tolist())
#> [[0.0, 0.0, 0.0]]
