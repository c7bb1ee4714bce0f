import tensorflow as tf

# The note's model with its other bugs fixed: Dropout's output is assigned but never used.
inputs = tf.keras.Input((28, 28))
dropped = tf.keras.layers.Dropout(0.2)(inputs)
x = tf.keras.layers.Conv1D(10, 3, padding="same", activation="relu")(inputs)  # not `dropped`
x = tf.keras.layers.MaxPool1D(3, padding="same")(x)
x = tf.keras.layers.Flatten()(x)
x = tf.keras.layers.Dense(50, activation="relu")(x)
outputs = tf.keras.layers.Dense(10, activation="softmax")(x)
model = tf.keras.Model(inputs, outputs)

# A layer that no path from inputs to outputs goes through is not part of the model.
print([type(layer).__name__ for layer in model.layers])
#> ['InputLayer', 'Conv1D', 'MaxPooling1D', 'Flatten', 'Dense', 'Dense']
