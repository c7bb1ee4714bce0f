import tensorflow as tf


@tf.function
def to_numpy(x):
    return x.numpy()  # while tracing, x is a symbolic tensor: it has no values yet


try:
    to_numpy(tf.constant([1.0, 2.0]))
except AttributeError as error:
    print(type(error).__name__)
    #> AttributeError
    print(str(error).strip().splitlines()[-1].strip())
    #> AttributeError: 'SymbolicTensor' object has no attribute 'numpy'
