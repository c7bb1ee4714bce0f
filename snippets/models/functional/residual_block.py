import numpy as np
import tensorflow as tf

# A residual block: output = x + f(x). Add needs both tensors with the same shape.
x = tf.keras.Input(shape=(4,), name="x")
h = tf.keras.layers.Dense(4, activation="relu", name="f1")(x)
h = tf.keras.layers.Dense(4, kernel_initializer="zeros", name="f2")(h)
y = tf.keras.layers.Add(name="add")([x, h])
model = tf.keras.Model(x, y)

model.summary(line_length=72, print_fn=lambda line, **kwargs: print(line))
'''
Model: "functional"
┏━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━┓
┃ Layer (type)       ┃ Output Shape     ┃   Param # ┃ Connected to     ┃
┡━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━┩
│ x (InputLayer)     │ (None, 4)        │         0 │ -                │
├────────────────────┼──────────────────┼───────────┼──────────────────┤
│ f1 (Dense)         │ (None, 4)        │        20 │ x[0][0]          │
├────────────────────┼──────────────────┼───────────┼──────────────────┤
│ f2 (Dense)         │ (None, 4)        │        20 │ f1[0][0]         │
├────────────────────┼──────────────────┼───────────┼──────────────────┤
│ add (Add)          │ (None, 4)        │         0 │ x[0][0],         │
│                    │                  │           │ f2[0][0]         │
└────────────────────┴──────────────────┴───────────┴──────────────────┘
 Total params: 40 (160.00 B)
 Trainable params: 40 (160.00 B)
 Non-trainable params: 0 (0.00 B)
'''

# f2 starts at zero, so f(x) = 0 and the block passes its input through unchanged.
data = np.array([[1.0, -2.0, 3.0, 0.5]], dtype="float32")
print(np.round(model.predict(data, verbose=0), 4))
#> [[ 1.  -2.   3.   0.5]]
