import tensorflow as tf

config = tf.keras.layers.Dropout(0.5).get_config()

# `rate` is required; the other two arguments default to None.
print(config["rate"])
#> 0.5
print(config["noise_shape"])
#> None
print(config["seed"])
#> None

# The output has the shape of the input.
inputs = tf.keras.Input(shape=(20, 10))
outputs = tf.keras.layers.Dropout(0.5)(inputs)
print(inputs.shape)
#> (None, 20, 10)
print(outputs.shape)
#> (None, 20, 10)
