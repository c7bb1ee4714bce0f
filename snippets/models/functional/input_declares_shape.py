import tensorflow as tf

# Input declares the shape of ONE sample; the batch axis comes first, as None.
inputs = tf.keras.Input(shape=(4,))
print(inputs.shape, inputs.dtype)
#> (None, 4) float32

# A fixed batch size replaces None.
print(tf.keras.Input(shape=(4,), batch_size=8).shape)
#> (8, 4)

# Calling a layer on a symbolic tensor gives another symbolic tensor: a shape, no values.
hidden = tf.keras.layers.Dense(8, activation="relu")(inputs)
print(hidden.shape)
#> (None, 8)

# Model(inputs, outputs) keeps every layer on the path between them.
outputs = tf.keras.layers.Dense(3, activation="softmax")(hidden)
model = tf.keras.Model(inputs=inputs, outputs=outputs)
print(model.name, model.input_shape, model.output_shape, model.count_params())
#> functional (None, 4) (None, 3) 67
