import tensorflow as tf


# A tf.Module holding a Keras 3 layer: the module does not see the layer's weights.
class Holder(tf.Module):
    def __init__(self):
        super().__init__()
        self.dense = tf.keras.layers.Dense(2)


holder = Holder()
holder.dense(tf.ones((1, 3)))
print(len(holder.dense.trainable_variables), len(holder.trainable_variables))
#> 2 0
print(isinstance(holder.dense, tf.Module), isinstance(holder.dense.kernel, tf.Variable))
#> False False


# A Keras layer holding the same layer does.
class KerasHolder(tf.keras.layers.Layer):
    def __init__(self):
        super().__init__()
        self.dense = tf.keras.layers.Dense(2)

    def call(self, x):
        return self.dense(x)


keras_holder = KerasHolder()
keras_holder(tf.ones((1, 3)))
print([v.path for v in keras_holder.trainable_variables])
#> ['keras_holder/dense_1/kernel', 'keras_holder/dense_1/bias']
