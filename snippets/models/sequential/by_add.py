import tensorflow as tf

# The same model, one layer at a time. With an Input first, each add() builds the new layer.
model = tf.keras.Sequential()
model.add(tf.keras.Input(shape=(4,)))
model.add(tf.keras.layers.Dense(8, activation="relu"))
print(len(model.layers), len(model.weights))
#> 1 2
model.add(tf.keras.layers.Dense(3, activation="softmax"))
print(len(model.layers), len(model.weights))
#> 2 4

# The Input is not in model.layers: it only declares the shape.
print([layer.name for layer in model.layers])
#> ['dense', 'dense_1']
print(model.input_shape, model.output_shape, model.count_params())
#> (None, 4) (None, 3) 67
