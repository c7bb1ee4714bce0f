import tensorflow as tf

inputs = tf.keras.Input(shape=(28, 28, 3))
outputs = tf.keras.layers.Flatten()(inputs)
model = tf.keras.Model(inputs, outputs)

# Neither the InputLayer nor Flatten creates a weight.
for layer in model.layers:
    print(type(layer).__name__, len(layer.weights), layer.count_params())
    #> InputLayer 0 0
    #> Flatten 0 0
print(outputs.shape, model.count_params())
#> (None, 2352) 0
