import tensorflow as tf

Dense = tf.keras.layers.Dense


@tf.keras.utils.register_keras_serializable(package="docs")  # so load_model finds it
class Linear(tf.keras.layers.Layer):  # Dense, written by hand
    def __init__(self, units, activation=None, **kwargs):
        super().__init__(**kwargs)
        self.units, self.activation = units, tf.keras.activations.get(activation)

    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units), name="kernel")
        self.bias = self.add_weight(shape=(self.units,), initializer="zeros", name="bias")

    def call(self, x):
        return self.activation(tf.matmul(x, self.kernel) + self.bias)


@tf.keras.utils.register_keras_serializable(package="docs")
class Classifier(tf.keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.hidden, self.classes = Dense(16, "relu"), Dense(3, "softmax")

    def call(self, inputs):
        return self.classes(self.hidden(inputs))
