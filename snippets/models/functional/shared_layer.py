import numpy as np
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

# ONE kernel and ONE bias in the whole model: the encoder's own variables.
print([weight.path for weight in model.weights])
#> ['encoder/kernel', 'encoder/bias']
print(model.weights[0] is encoder.kernel, model.weights[1] is encoder.bias)
#> True True
print(model.count_params())
#> 15

# The same sample on both sides gives the same 3 values on both sides.
x = np.arange(8, dtype="float32").reshape(2, 4)
y = model.predict([x, x], verbose=0)
print(y.shape, np.allclose(y[:, :3], y[:, 3:]))
#> (2, 6) True
