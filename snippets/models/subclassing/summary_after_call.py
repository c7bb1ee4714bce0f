import tensorflow as tf


class Classifier(tf.keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.hidden = tf.keras.layers.Dense(16, activation="relu")
        self.classes = tf.keras.layers.Dense(3, activation="softmax")

    def call(self, inputs):
        return self.classes(self.hidden(inputs))


model = Classifier()
model(tf.keras.Input((8,)))
model.summary(line_length=60, print_fn=lambda line, **kwargs: print(line))
'''
Model: "classifier"
┏━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━┓
┃ Layer (type)             ┃ Output Shape      ┃   Param # ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━┩
│ dense (Dense)            │ (None, 16)        │       144 │
├──────────────────────────┼───────────────────┼───────────┤
│ dense_1 (Dense)          │ (None, 3)         │        51 │
└──────────────────────────┴───────────────────┴───────────┘
 Total params: 195 (780.00 B)
 Trainable params: 195 (780.00 B)
 Non-trainable params: 0 (0.00 B)
'''

# The model itself records no input or output shape, unlike a Functional model.
print(hasattr(model, "output_shape"), hasattr(model, "input_shape"))
#> False False
