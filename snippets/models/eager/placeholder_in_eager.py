import tensorflow as tf

# TF1 code declared its inputs as placeholders, to be fed later through a session.
try:
    x = tf.compat.v1.placeholder(tf.float32, shape=(None, 2))
except RuntimeError as error:
    print(type(error).__name__)
    #> RuntimeError
    print(error)
    #> tf.placeholder() is not compatible with eager execution.

# In TensorFlow 2 the input is just a value, passed to the computation directly.
x = tf.constant([[1.0, 2.0]])
print(tf.reduce_sum(x * 10).numpy())
#> 30.0
