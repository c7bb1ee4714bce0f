import tensorflow as tf

# tf.keras.Input creates an InputLayer; its config shows what the defaults became.
inputs = tf.keras.Input(shape=(3,))
model = tf.keras.Model(inputs, tf.keras.layers.Flatten()(inputs))
config = model.layers[0].get_config()
print(type(model.layers[0]).__name__)
#> InputLayer
print(config["batch_shape"], config["dtype"], config["name"])
#> (None, 3) float32 input_layer

# dtype= and name= set explicitly.
ids = tf.keras.Input(shape=(5,), dtype="int32", name="token_ids")
print(ids.shape, ids.dtype, ids.name)
#> (None, 5) int32 token_ids

# shape= has no usable default.
try:
    tf.keras.Input()
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(error)
    #> You must pass a `shape` argument.
