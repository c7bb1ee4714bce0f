import numpy as np
import tensorflow as tf

print(tf.executing_eagerly())
#> True

a = tf.constant([[1.0, 2.0], [3.0, 4.0]])
b = tf.matmul(a, a)  # runs now: b already holds its values

print(b.numpy())
'''
[[ 7. 10.]
 [15. 22.]]
'''
print(b.shape, b.dtype.name)
#> (2, 2) float32

# The values are ordinary numbers: NumPy and Python can use them directly.
print(np.round(np.sqrt(b), 4))
'''
[[2.6458 3.1623]
 [3.873  4.6904]]
'''
print(float(tf.reduce_sum(b)))
#> 54.0
