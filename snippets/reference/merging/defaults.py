import inspect

import tensorflow as tf

# One line per constructor argument: its default as Python writes it, or "required".
for name in ["Add", "Subtract", "Multiply", "Average", "Maximum", "Minimum", "Concatenate", "Dot"]:
    layer_class = getattr(tf.keras.layers, name)
    for arg in inspect.signature(layer_class).parameters.values():
        if arg.kind in (arg.VAR_POSITIONAL, arg.VAR_KEYWORD):
            continue  # **kwargs: name, dtype and the other base Layer arguments
        default = "required" if arg.default is arg.empty else repr(arg.default)
        print(f"{name}.{arg.name} = {default}")
        #> Concatenate.axis = -1
        #> Dot.axes = required
        #> Dot.normalize = False
