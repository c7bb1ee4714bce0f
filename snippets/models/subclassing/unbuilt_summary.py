import tensorflow as tf


class Classifier(tf.keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.hidden = tf.keras.layers.Dense(16, activation="relu")
        self.classes = tf.keras.layers.Dense(3, activation="softmax")

    def call(self, inputs):
        return self.classes(self.hidden(inputs))


model = Classifier()  # not called yet: summary() prints no shapes and no parameters
model.summary(line_length=60, print_fn=lambda line, **kwargs: print(line))
'''
Model: "classifier"
┏━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━┓
┃ Layer (type)             ┃ Output Shape      ┃   Param # ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━┩
│ dense (Dense)            │ ?                 │         0 │
│                          │                   │ (unbuilt) │
├──────────────────────────┼───────────────────┼───────────┤
│ dense_1 (Dense)          │ ?                 │         0 │
│                          │                   │ (unbuilt) │
└──────────────────────────┴───────────────────┴───────────┘
 Total params: 0 (0.00 B)
 Trainable params: 0 (0.00 B)
 Non-trainable params: 0 (0.00 B)
'''
