import inspect

import tensorflow as tf

L = tf.keras.layers
RESHAPING = [L.Reshape, L.Flatten, L.Permute, L.RepeatVector]
for kind in ["Cropping", "UpSampling", "ZeroPadding"]:
    RESHAPING += [getattr(L, f"{kind}{rank}D") for rank in (1, 2, 3)]

# One line per argument of each class's constructor, as the installed Keras defines it;
# **kwargs (name, dtype, trainable: every layer's own) is left out.
for cls in RESHAPING:
    for name, arg in inspect.signature(cls.__init__).parameters.items():
        if name == "self" or arg.kind == arg.VAR_KEYWORD:
            continue
        value = "required" if arg.default is arg.empty else repr(arg.default)
        print(f"{cls.__name__}.{name} = {value}")
        #> Reshape.target_shape = required
        #> Flatten.data_format = None
        #> Permute.dims = required
        #> RepeatVector.n = required
        #> Cropping1D.cropping = (1, 1)
        #> Cropping2D.cropping = ((0, 0), (0, 0))
        #> Cropping2D.data_format = None
        #> Cropping3D.cropping = ((1, 1), (1, 1), (1, 1))
        #> Cropping3D.data_format = None
        #> UpSampling1D.size = 2
        #> UpSampling2D.size = (2, 2)
        #> UpSampling2D.data_format = None
        #> UpSampling2D.interpolation = 'nearest'
        #> UpSampling3D.size = (2, 2, 2)
        #> UpSampling3D.data_format = None
        #> ZeroPadding1D.padding = 1
        #> ZeroPadding1D.data_format = None
        #> ZeroPadding2D.padding = (1, 1)
        #> ZeroPadding2D.data_format = None
        #> ZeroPadding3D.padding = ((1, 1), (1, 1), (1, 1))
        #> ZeroPadding3D.data_format = None
