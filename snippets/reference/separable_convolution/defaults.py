import inspect

import tensorflow as tf

L = tf.keras.layers
SEPARABLE = [L.SeparableConv1D, L.SeparableConv2D, L.DepthwiseConv1D, L.DepthwiseConv2D]

# One line per argument of each class's constructor, as the installed Keras defines it;
# **kwargs (name, dtype, trainable: every layer's own) is left out.
for cls in SEPARABLE:
    for name, arg in inspect.signature(cls.__init__).parameters.items():
        if name == "self" or arg.kind == arg.VAR_KEYWORD:
            continue
        value = "required" if arg.default is arg.empty else repr(arg.default)
        print(f"{cls.__name__}.{name} = {value}")
        #> SeparableConv1D.filters = required
        #> SeparableConv1D.kernel_size = required
        #> SeparableConv1D.strides = 1
        #> SeparableConv1D.padding = 'valid'
        #> SeparableConv1D.data_format = None
        #> SeparableConv1D.dilation_rate = 1
        #> SeparableConv1D.depth_multiplier = 1
        #> SeparableConv1D.activation = None
        #> SeparableConv1D.use_bias = True
        #> SeparableConv1D.depthwise_initializer = 'glorot_uniform'
        #> SeparableConv1D.pointwise_initializer = 'glorot_uniform'
        #> SeparableConv1D.bias_initializer = 'zeros'
        #> SeparableConv1D.depthwise_regularizer = None
        #> SeparableConv1D.pointwise_regularizer = None
        #> SeparableConv1D.bias_regularizer = None
        #> SeparableConv1D.activity_regularizer = None
        #> SeparableConv1D.depthwise_constraint = None
        #> SeparableConv1D.pointwise_constraint = None
        #> SeparableConv1D.bias_constraint = None
        #> SeparableConv2D.filters = required
        #> SeparableConv2D.kernel_size = required
        #> SeparableConv2D.strides = (1, 1)
        #> SeparableConv2D.padding = 'valid'
        #> SeparableConv2D.data_format = None
        #> SeparableConv2D.dilation_rate = (1, 1)
        #> SeparableConv2D.depth_multiplier = 1
        #> SeparableConv2D.activation = None
        #> SeparableConv2D.use_bias = True
        #> SeparableConv2D.depthwise_initializer = 'glorot_uniform'
        #> SeparableConv2D.pointwise_initializer = 'glorot_uniform'
        #> SeparableConv2D.bias_initializer = 'zeros'
        #> SeparableConv2D.depthwise_regularizer = None
        #> SeparableConv2D.pointwise_regularizer = None
        #> SeparableConv2D.bias_regularizer = None
        #> SeparableConv2D.activity_regularizer = None
        #> SeparableConv2D.depthwise_constraint = None
        #> SeparableConv2D.pointwise_constraint = None
        #> SeparableConv2D.bias_constraint = None
        #> DepthwiseConv1D.kernel_size = required
        #> DepthwiseConv1D.strides = 1
        #> DepthwiseConv1D.padding = 'valid'
        #> DepthwiseConv1D.depth_multiplier = 1
        #> DepthwiseConv1D.data_format = None
        #> DepthwiseConv1D.dilation_rate = 1
        #> DepthwiseConv1D.activation = None
        #> DepthwiseConv1D.use_bias = True
        #> DepthwiseConv1D.depthwise_initializer = 'glorot_uniform'
        #> DepthwiseConv1D.bias_initializer = 'zeros'
        #> DepthwiseConv1D.depthwise_regularizer = None
        #> DepthwiseConv1D.bias_regularizer = None
        #> DepthwiseConv1D.activity_regularizer = None
        #> DepthwiseConv1D.depthwise_constraint = None
        #> DepthwiseConv1D.bias_constraint = None
        #> DepthwiseConv2D.kernel_size = required
        #> DepthwiseConv2D.strides = (1, 1)
        #> DepthwiseConv2D.padding = 'valid'
        #> DepthwiseConv2D.depth_multiplier = 1
        #> DepthwiseConv2D.data_format = None
        #> DepthwiseConv2D.dilation_rate = (1, 1)
        #> DepthwiseConv2D.activation = None
        #> DepthwiseConv2D.use_bias = True
        #> DepthwiseConv2D.depthwise_initializer = 'glorot_uniform'
        #> DepthwiseConv2D.bias_initializer = 'zeros'
        #> DepthwiseConv2D.depthwise_regularizer = None
        #> DepthwiseConv2D.bias_regularizer = None
        #> DepthwiseConv2D.activity_regularizer = None
        #> DepthwiseConv2D.depthwise_constraint = None
        #> DepthwiseConv2D.bias_constraint = None
