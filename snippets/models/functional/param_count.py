import tensorflow as tf

# The model of the structure table above.
left, right = tf.keras.Input((4,), name="left"), tf.keras.Input((4,), name="right")
encoder = tf.keras.layers.Dense(4, activation="relu", name="encoder")
merged = tf.keras.layers.Add(name="merge")([encoder(left), encoder(right)])
block = tf.keras.layers.Dense(4, activation="relu", name="block")(merged)
residual = tf.keras.layers.Add(name="residual")([merged, block])
score = tf.keras.layers.Dense(1, name="score")(residual)
label = tf.keras.layers.Dense(3, activation="softmax", name="label")(residual)
model = tf.keras.Model([left, right], [score, label])

# Each Dense layer: units × (inputs + 1); Input and Add layers have no weights.
dense_layers = [layer for layer in model.layers if layer.weights]
for layer in dense_layers:
    n_in, units = layer.kernel.shape
    print(layer.name, f"{units} × ({n_in} + 1) =", units * (n_in + 1), layer.count_params())
    #> encoder 4 × (4 + 1) = 20 20
    #> block 4 × (4 + 1) = 20 20
    #> score 1 × (4 + 1) = 5 5
    #> label 3 × (4 + 1) = 15 15

# The model's count is the sum over its layers, each layer once: encoder's 2 calls count once.
print(sum(layer.count_params() for layer in model.layers), model.count_params())
#> 60 60
print(len(model.weights), len({id(weight) for weight in model.weights}))
#> 8 8
