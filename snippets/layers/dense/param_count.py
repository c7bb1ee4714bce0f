import tensorflow as tf

inputs = tf.keras.Input(shape=(20, 10))
hidden = tf.keras.layers.Dense(5, activation="sigmoid")(inputs)
outputs = tf.keras.layers.Dense(2, activation="sigmoid")(hidden)
model = tf.keras.Model(inputs=inputs, outputs=outputs)

for layer in model.layers[1:]:
    n_in = layer.kernel.shape[0]  # features on the input's last axis
    formula = layer.units * (n_in + 1)  # units × (inputs + 1): one weight per input, plus a bias
    print(layer.name, tuple(layer.kernel.shape), layer.count_params(), formula)
    #> dense (10, 5) 55 55
    #> dense_1 (5, 2) 12 12

print(model.count_params())
#> 67
