import tensorflow as tf

# Each 28×28 image is read as 28 steps of 28 features, the 3-D input Conv1D expects.
inputs = tf.keras.Input((28, 28))
x = tf.keras.layers.Dropout(0.2)(inputs)
x = tf.keras.layers.Conv1D(10, 3, padding="same", activation="relu")(x)
x = tf.keras.layers.MaxPool1D(3, padding="same")(x)
x = tf.keras.layers.Flatten()(x)
x = tf.keras.layers.Dense(50, activation="relu")(x)
outputs = tf.keras.layers.Dense(10, activation="softmax")(x)
model = tf.keras.Model(inputs, outputs)

model.summary(line_length=72, print_fn=lambda line, **kwargs: print(line))
'''
Model: "functional"
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━┓
┃ Layer (type)                  ┃ Output Shape          ┃      Param # ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━┩
│ input_layer (InputLayer)      │ (None, 28, 28)        │            0 │
├───────────────────────────────┼───────────────────────┼──────────────┤
│ dropout (Dropout)             │ (None, 28, 28)        │            0 │
├───────────────────────────────┼───────────────────────┼──────────────┤
│ conv1d (Conv1D)               │ (None, 28, 10)        │          850 │
├───────────────────────────────┼───────────────────────┼──────────────┤
│ max_pooling1d (MaxPooling1D)  │ (None, 10, 10)        │            0 │
├───────────────────────────────┼───────────────────────┼──────────────┤
│ flatten (Flatten)             │ (None, 100)           │            0 │
├───────────────────────────────┼───────────────────────┼──────────────┤
│ dense (Dense)                 │ (None, 50)            │        5,050 │
├───────────────────────────────┼───────────────────────┼──────────────┤
│ dense_1 (Dense)               │ (None, 10)            │          510 │
└───────────────────────────────┴───────────────────────┴──────────────┘
 Total params: 6,410 (25.04 KB)
 Trainable params: 6,410 (25.04 KB)
 Non-trainable params: 0 (0.00 B)
'''
