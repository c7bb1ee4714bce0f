import tensorflow as tf

layer = tf.keras.layers.Dense(3)
config = layer.get_config()

# Four of the five are stored in the config as None.
for name in ["kernel_regularizer", "bias_regularizer", "kernel_constraint", "bias_constraint"]:
    print(name, config[name])
    #> kernel_regularizer None
    #> bias_regularizer None
    #> kernel_constraint None
    #> bias_constraint None

# activity_regularizer is a base Layer argument: the config leaves it out while it is None.
print("activity_regularizer" in config, layer.activity_regularizer)
#> False None

# The constraints' own defaults, used in the constraint table on this page.
for constraint in [
    tf.keras.constraints.MaxNorm(),
    tf.keras.constraints.UnitNorm(),
    tf.keras.constraints.MinMaxNorm(),
]:
    print(type(constraint).__name__, constraint.get_config())
    #> MaxNorm {'max_value': 2, 'axis': 0}
    #> UnitNorm {'axis': 0}
    #> MinMaxNorm {'min_value': 0.0, 'max_value': 1.0, 'rate': 1.0, 'axis': 0}
