import tensorflow as tf

# Two inputs of different sizes, joined by Concatenate along the last axis.
numbers = tf.keras.Input(shape=(4,), name="numbers")
flags = tf.keras.Input(shape=(2,), name="flags")
joined = tf.keras.layers.Concatenate(name="joined")([numbers, flags])
hidden = tf.keras.layers.Dense(8, activation="relu", name="hidden")(joined)
score = tf.keras.layers.Dense(1, name="score")(hidden)
model = tf.keras.Model(inputs=[numbers, flags], outputs=score)

model.summary(line_length=72, print_fn=lambda line, **kwargs: print(line))
'''
Model: "functional"
┏━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━┓
┃ Layer (type)       ┃ Output Shape     ┃   Param # ┃ Connected to     ┃
┡━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━┩
│ numbers            │ (None, 4)        │         0 │ -                │
│ (InputLayer)       │                  │           │                  │
├────────────────────┼──────────────────┼───────────┼──────────────────┤
│ flags (InputLayer) │ (None, 2)        │         0 │ -                │
├────────────────────┼──────────────────┼───────────┼──────────────────┤
│ joined             │ (None, 6)        │         0 │ numbers[0][0],   │
│ (Concatenate)      │                  │           │ flags[0][0]      │
├────────────────────┼──────────────────┼───────────┼──────────────────┤
│ hidden (Dense)     │ (None, 8)        │        56 │ joined[0][0]     │
├────────────────────┼──────────────────┼───────────┼──────────────────┤
│ score (Dense)      │ (None, 1)        │         9 │ hidden[0][0]     │
└────────────────────┴──────────────────┴───────────┴──────────────────┘
 Total params: 65 (260.00 B)
 Trainable params: 65 (260.00 B)
 Non-trainable params: 0 (0.00 B)
'''
