import inspect

import tensorflow as tf

# One line per constructor argument: its default as Python writes it, or "required".
for name in ["ReLU", "LeakyReLU", "PReLU", "ELU", "Softmax", "Activation", "ThresholdedReLU"]:
    layer_class = getattr(tf.keras.layers, name)
    for arg in inspect.signature(layer_class).parameters.values():
        if arg.kind in (arg.VAR_POSITIONAL, arg.VAR_KEYWORD):
            continue  # **kwargs: name, dtype and the other base Layer arguments
        default = "required" if arg.default is arg.empty else repr(arg.default)
        print(f"{name}.{arg.name} = {default}")
        #> ReLU.max_value = None
        #> ReLU.negative_slope = 0.0
        #> ReLU.threshold = 0.0
        #> LeakyReLU.negative_slope = 0.3
        #> PReLU.alpha_initializer = 'Zeros'
        #> PReLU.alpha_regularizer = None
        #> PReLU.alpha_constraint = None
        #> PReLU.shared_axes = None
        #> ELU.alpha = 1.0
        #> Softmax.axis = -1
        #> Activation.activation = required
        #> ThresholdedReLU.theta = 1.0
