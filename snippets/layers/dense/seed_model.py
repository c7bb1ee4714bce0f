import tensorflow as tf

# The study note's example, with `inputs` spelled consistently.
inputs = tf.keras.Input(shape=(20, 10))
hidden = tf.keras.layers.Dense(5, activation="sigmoid")(inputs)
outputs = tf.keras.layers.Dense(2, activation="sigmoid")(hidden)
model = tf.keras.Model(inputs=inputs, outputs=outputs)

print(inputs.shape)
#> (None, 20, 10)
print(hidden.shape)
#> (None, 20, 5)
print(outputs.shape)
#> (None, 20, 2)
