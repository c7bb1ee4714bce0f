import tensorflow as tf


@tf.function
def add_bias(x):
    bias = tf.Variable(1.0)  # a new variable at every trace
    return x + bias


try:
    add_bias(tf.constant(1.0))
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split("ValueError: ")[-1].split(" Make sure")[0])
    #> tf.function only supports singleton tf.Variables created on the first call.


# Create the variable once, outside, and let the function use it.
bias = tf.Variable(1.0)


@tf.function
def add_bias_fixed(x):
    return x + bias


print(add_bias_fixed(tf.constant(1.0)).numpy(), add_bias_fixed(tf.constant(2.0)).numpy())
#> 2.0 3.0
