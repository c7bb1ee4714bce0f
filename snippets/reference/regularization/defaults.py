import inspect

import tensorflow as tf

names = ["Dropout", "SpatialDropout1D", "SpatialDropout2D", "SpatialDropout3D"]
names += ["GaussianNoise", "GaussianDropout", "AlphaDropout", "ActivityRegularization"]
# One line per constructor argument: its default as Python writes it, or "required".
for name in names:
    layer_class = getattr(tf.keras.layers, name)
    for arg in inspect.signature(layer_class).parameters.values():
        if arg.kind in (arg.VAR_POSITIONAL, arg.VAR_KEYWORD):
            continue  # **kwargs: name, dtype and the other base Layer arguments
        default = "required" if arg.default is arg.empty else repr(arg.default)
        print(f"{name}.{arg.name} = {default}")
        #> Dropout.rate = required
        #> Dropout.noise_shape = None
        #> Dropout.seed = None
        #> SpatialDropout1D.rate = required
        #> SpatialDropout1D.seed = None
        #> SpatialDropout1D.name = None
        #> SpatialDropout1D.dtype = None
        #> SpatialDropout2D.rate = required
        #> SpatialDropout2D.data_format = None
        #> SpatialDropout2D.seed = None
        #> SpatialDropout2D.name = None
        #> SpatialDropout2D.dtype = None
        #> SpatialDropout3D.rate = required
        #> SpatialDropout3D.data_format = None
        #> SpatialDropout3D.seed = None
        #> SpatialDropout3D.name = None
        #> SpatialDropout3D.dtype = None
        #> GaussianNoise.stddev = required
        #> GaussianNoise.seed = None
        #> GaussianDropout.rate = required
        #> GaussianDropout.seed = None
        #> AlphaDropout.rate = required
        #> AlphaDropout.noise_shape = None
        #> AlphaDropout.seed = None
        #> ActivityRegularization.l1 = 0.0
        #> ActivityRegularization.l2 = 0.0
