import tensorflow as tf

inputs = tf.keras.Input(shape=(10,))
hidden = tf.keras.layers.Dense(5, activation="relu")(inputs)
hidden = tf.keras.layers.Dropout(0.5)(hidden)
outputs = tf.keras.layers.Dense(2)(hidden)
model = tf.keras.Model(inputs=inputs, outputs=outputs)

# The model is built, so every weight exists now; Dropout has none.
dropout = model.get_layer("dropout")
print(len(dropout.weights))
#> 0

# Only the Dense layers add parameters.
for layer in model.layers[1:]:
    print(layer.name, layer.count_params())
    #> dense 55
    #> dropout 0
    #> dense_1 12
print(model.count_params())
#> 67
