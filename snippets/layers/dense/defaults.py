import tensorflow as tf

config = tf.keras.layers.Dense(3).get_config()

# Everything but `units` has a default; these are the ones this page's table lists.
print(config["activation"])
#> linear
print(config["use_bias"])
#> True
print(config["kernel_initializer"]["class_name"])
#> GlorotUniform
print(config["bias_initializer"]["class_name"])
#> Zeros
