import tensorflow as tf

# One Dense layer called on two inputs: both branches use the same weights.
left = tf.keras.Input(shape=(4,), name="left")
right = tf.keras.Input(shape=(4,), name="right")
encoder = tf.keras.layers.Dense(3, name="encoder")
both = tf.keras.layers.Concatenate(name="both")([encoder(left), encoder(right)])
model = tf.keras.Model([left, right], both)

model.summary(line_length=72, print_fn=lambda line, **kwargs: print(line))
'''
Model: "functional"
┏━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━┓
┃ Layer (type)       ┃ Output Shape     ┃   Param # ┃ Connected to     ┃
┡━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━┩
│ left (InputLayer)  │ (None, 4)        │         0 │ -                │
├────────────────────┼──────────────────┼───────────┼──────────────────┤
│ right (InputLayer) │ (None, 4)        │         0 │ -                │
├────────────────────┼──────────────────┼───────────┼──────────────────┤
│ encoder (Dense)    │ (None, 3)        │        15 │ left[0][0],      │
│                    │                  │           │ right[0][0]      │
├────────────────────┼──────────────────┼───────────┼──────────────────┤
│ both (Concatenate) │ (None, 6)        │         0 │ encoder[0][0],   │
│                    │                  │           │ encoder[1][0]    │
└────────────────────┴──────────────────┴───────────┴──────────────────┘
 Total params: 15 (60.00 B)
 Trainable params: 15 (60.00 B)
 Non-trainable params: 0 (0.00 B)
'''
