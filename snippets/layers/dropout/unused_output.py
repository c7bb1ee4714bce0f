import tensorflow as tf

inputs = tf.keras.Input(shape=(10,))

# The bug: Dropout's output `x` is never used; Dense is called on `inputs`.
x = tf.keras.layers.Dropout(0.2)(inputs)
outputs = tf.keras.layers.Dense(1)(inputs)
model = tf.keras.Model(inputs=inputs, outputs=outputs)
print([layer.name for layer in model.layers])
#> ['input_layer', 'dense']

# The fix: call the next layer on the Dropout layer's output.
x = tf.keras.layers.Dropout(0.2)(inputs)
outputs = tf.keras.layers.Dense(1)(x)
model = tf.keras.Model(inputs=inputs, outputs=outputs)
print([layer.name for layer in model.layers])
#> ['input_layer', 'dropout_1', 'dense_1']
