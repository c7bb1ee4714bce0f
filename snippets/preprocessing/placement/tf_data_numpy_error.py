import numpy as np
import tensorflow as tf

images = np.random.default_rng(0).uniform(0, 255, (4, 8, 8, 3)).astype("float32")
dataset = tf.data.Dataset.from_tensor_slices(images).batch(2)


# map traces its function into a TensorFlow graph: the tensors have no values yet,
# so NumPy code on them fails when the pipeline is built.
def numpy_flip(x):
    return np.flip(x.numpy(), axis=2)


try:
    dataset.map(numpy_flip)
except AttributeError as error:
    print(type(error).__name__, str(error).splitlines()[-1].split(": ", 1)[1])
    #> AttributeError 'SymbolicTensor' object has no attribute 'numpy'

# TensorFlow ops work on the traced tensors.
flipped = dataset.map(lambda x: tf.reverse(x, axis=[2]))
print(np.allclose(next(iter(flipped)), images[:2, :, ::-1]))
#> True
