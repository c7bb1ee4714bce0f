import tensorflow as tf


class Classifier(tf.keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.hidden = tf.keras.layers.Dense(16, activation="relu")
        self.classes = tf.keras.layers.Dense(3, activation="softmax")

    def build(self, input_shape):  # build each layer from the shape it will receive
        self.hidden.build(input_shape)
        self.classes.build((input_shape[0], 16))

    def call(self, inputs):
        return self.classes(self.hidden(inputs))


model = Classifier()
model.build((None, 8))  # no data, no call: shapes and weights from the shape alone
print(model.built, len(model.weights), model.count_params())
#> True 4 195
for layer in model.layers:
    print(layer.name, tuple(layer.kernel.shape), layer.count_params())
    #> dense (8, 16) 144
    #> dense_1 (16, 3) 51
