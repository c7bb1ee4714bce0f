import inspect

import tensorflow as tf

L = tf.keras.layers
POOLING = []
for kind in ["MaxPooling", "AveragePooling", "GlobalMaxPooling", "GlobalAveragePooling"]:
    POOLING += [getattr(L, f"{kind}{rank}D") for rank in (1, 2, 3)]
for kind in ["AdaptiveMaxPooling", "AdaptiveAveragePooling"]:
    POOLING += [getattr(L, f"{kind}{rank}D") for rank in (1, 2, 3)]

# One line per argument of each class's constructor, as the installed Keras defines it;
# **kwargs (name, dtype, trainable: every layer's own) is left out.
for cls in POOLING:
    for name, arg in inspect.signature(cls.__init__).parameters.items():
        if name == "self" or arg.kind == arg.VAR_KEYWORD:
            continue
        value = "required" if arg.default is arg.empty else repr(arg.default)
        print(f"{cls.__name__}.{name} = {value}")
        #> MaxPooling1D.pool_size = 2
        #> MaxPooling1D.strides = None
        #> MaxPooling1D.padding = 'valid'
        #> MaxPooling1D.data_format = None
        #> MaxPooling1D.name = None
        #> MaxPooling2D.pool_size = (2, 2)
        #> MaxPooling2D.strides = None
        #> MaxPooling2D.padding = 'valid'
        #> MaxPooling2D.data_format = None
        #> MaxPooling2D.name = None
        #> MaxPooling3D.pool_size = (2, 2, 2)
        #> MaxPooling3D.strides = None
        #> MaxPooling3D.padding = 'valid'
        #> MaxPooling3D.data_format = None
        #> MaxPooling3D.name = None
        #> AveragePooling1D.pool_size = required
        #> AveragePooling1D.strides = None
        #> AveragePooling1D.padding = 'valid'
        #> AveragePooling1D.data_format = None
        #> AveragePooling1D.name = None
        #> AveragePooling2D.pool_size = required
        #> AveragePooling2D.strides = None
        #> AveragePooling2D.padding = 'valid'
        #> AveragePooling2D.data_format = None
        #> AveragePooling2D.name = None
        #> AveragePooling3D.pool_size = required
        #> AveragePooling3D.strides = None
        #> AveragePooling3D.padding = 'valid'
        #> AveragePooling3D.data_format = None
        #> AveragePooling3D.name = None
        #> GlobalMaxPooling1D.data_format = None
        #> GlobalMaxPooling1D.keepdims = False
        #> GlobalMaxPooling2D.data_format = None
        #> GlobalMaxPooling2D.keepdims = False
        #> GlobalMaxPooling3D.data_format = None
        #> GlobalMaxPooling3D.keepdims = False
        #> GlobalAveragePooling1D.data_format = None
        #> GlobalAveragePooling1D.keepdims = False
        #> GlobalAveragePooling2D.data_format = None
        #> GlobalAveragePooling2D.keepdims = False
        #> GlobalAveragePooling3D.data_format = None
        #> GlobalAveragePooling3D.keepdims = False
        #> AdaptiveMaxPooling1D.output_size = required
        #> AdaptiveMaxPooling1D.data_format = None
        #> AdaptiveMaxPooling2D.output_size = required
        #> AdaptiveMaxPooling2D.data_format = None
        #> AdaptiveMaxPooling3D.output_size = required
        #> AdaptiveMaxPooling3D.data_format = None
        #> AdaptiveAveragePooling1D.output_size = required
        #> AdaptiveAveragePooling1D.data_format = None
        #> AdaptiveAveragePooling2D.output_size = required
        #> AdaptiveAveragePooling2D.data_format = None
        #> AdaptiveAveragePooling3D.output_size = required
        #> AdaptiveAveragePooling3D.data_format = None
