import tensorflow as tf

# tf.keras.Input(shape, batch_size=None, dtype=None, name=None, ...) adds an InputLayer.
inputs = tf.keras.Input(shape=(4,))
model = tf.keras.Model(inputs, tf.keras.layers.Dense(3)(inputs))

config = model.layers[0].get_config()
print(type(model.layers[0]).__name__)
#> InputLayer
print(config["batch_shape"])
#> (None, 4)
print(config["dtype"])
#> float32
print(config["name"])
#> input_layer

# tf.keras.Model(inputs, outputs, name=None)
print(model.name)
#> functional

# shape has a default of None in the signature, but it must be given.
try:
    tf.keras.Input()
except ValueError as error:
    print(error)
    #> You must pass a `shape` argument.
