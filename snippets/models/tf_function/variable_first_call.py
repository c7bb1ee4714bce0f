import tensorflow as tf


class AddBias(tf.Module):
    def __init__(self):
        self.bias = None

    @tf.function
    def __call__(self, x):
        if self.bias is None:  # only during the first call's tracing
            self.bias = tf.Variable(1.0)
        return x + self.bias


add_bias = AddBias()
print(add_bias(tf.constant(1.0)).numpy(), add_bias(tf.constant(2.0)).numpy())
#> 2.0 3.0
print(len(add_bias.variables))
#> 1
