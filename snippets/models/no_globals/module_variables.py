import tensorflow as tf


class Scale(tf.Module):
    def __init__(self):
        super().__init__()
        self.w = tf.Variable([1.0, 2.0, 3.0], name="w")
        self.calls = tf.Variable(0, trainable=False, name="calls")

    def __call__(self, x):
        self.calls.assign_add(1)
        return x * self.w


scale = Scale()
print(scale(tf.ones(3)).numpy())
#> [1. 2. 3.]

# The variables are found through the object that holds them.
print([(v.name, tuple(v.shape)) for v in scale.trainable_variables])
#> [('w:0', (3,))]
print([(v.name, tuple(v.shape)) for v in scale.variables])
#> [('calls:0', ()), ('w:0', (3,))]

# TF1's global collection is not filled in TensorFlow 2.
print(tf.compat.v1.global_variables())
#> []
