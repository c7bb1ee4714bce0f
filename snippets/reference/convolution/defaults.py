import inspect

import tensorflow as tf

L = tf.keras.layers
CONV = [L.Conv1D, L.Conv2D, L.Conv3D, L.Conv1DTranspose, L.Conv2DTranspose, L.Conv3DTranspose]

# One line per argument of each class's constructor, as the installed Keras defines it;
# **kwargs (name, dtype, trainable: every layer's own) is left out.
for cls in CONV:
    for name, arg in inspect.signature(cls.__init__).parameters.items():
        if name == "self" or arg.kind == arg.VAR_KEYWORD:
            continue
        value = "required" if arg.default is arg.empty else repr(arg.default)
        print(f"{cls.__name__}.{name} = {value}")
        #> Conv1D.filters = required
        #> Conv1D.kernel_size = required
        #> Conv1D.strides = 1
        #> Conv1D.padding = 'valid'
        #> Conv1D.data_format = None
        #> Conv1D.dilation_rate = 1
        #> Conv1D.groups = 1
        #> Conv1D.activation = None
        #> Conv1D.use_bias = True
        #> Conv1D.kernel_initializer = 'glorot_uniform'
        #> Conv1D.bias_initializer = 'zeros'
        #> Conv1D.kernel_regularizer = None
        #> Conv1D.bias_regularizer = None
        #> Conv1D.activity_regularizer = None
        #> Conv1D.kernel_constraint = None
        #> Conv1D.bias_constraint = None
        #> Conv2D.filters = required
        #> Conv2D.kernel_size = required
        #> Conv2D.strides = (1, 1)
        #> Conv2D.padding = 'valid'
        #> Conv2D.data_format = None
        #> Conv2D.dilation_rate = (1, 1)
        #> Conv2D.groups = 1
        #> Conv2D.activation = None
        #> Conv2D.use_bias = True
        #> Conv2D.kernel_initializer = 'glorot_uniform'
        #> Conv2D.bias_initializer = 'zeros'
        #> Conv2D.kernel_regularizer = None
        #> Conv2D.bias_regularizer = None
        #> Conv2D.activity_regularizer = None
        #> Conv2D.kernel_constraint = None
        #> Conv2D.bias_constraint = None
        #> Conv3D.filters = required
        #> Conv3D.kernel_size = required
        #> Conv3D.strides = (1, 1, 1)
        #> Conv3D.padding = 'valid'
        #> Conv3D.data_format = None
        #> Conv3D.dilation_rate = (1, 1, 1)
        #> Conv3D.groups = 1
        #> Conv3D.activation = None
        #> Conv3D.use_bias = True
        #> Conv3D.kernel_initializer = 'glorot_uniform'
        #> Conv3D.bias_initializer = 'zeros'
        #> Conv3D.kernel_regularizer = None
        #> Conv3D.bias_regularizer = None
        #> Conv3D.activity_regularizer = None
        #> Conv3D.kernel_constraint = None
        #> Conv3D.bias_constraint = None
        #> Conv1DTranspose.filters = required
        #> Conv1DTranspose.kernel_size = required
        #> Conv1DTranspose.strides = 1
        #> Conv1DTranspose.padding = 'valid'
        #> Conv1DTranspose.output_padding = None
        #> Conv1DTranspose.data_format = None
        #> Conv1DTranspose.dilation_rate = 1
        #> Conv1DTranspose.activation = None
        #> Conv1DTranspose.use_bias = True
        #> Conv1DTranspose.kernel_initializer = 'glorot_uniform'
        #> Conv1DTranspose.bias_initializer = 'zeros'
        #> Conv1DTranspose.kernel_regularizer = None
        #> Conv1DTranspose.bias_regularizer = None
        #> Conv1DTranspose.activity_regularizer = None
        #> Conv1DTranspose.kernel_constraint = None
        #> Conv1DTranspose.bias_constraint = None
        #> Conv2DTranspose.filters = required
        #> Conv2DTranspose.kernel_size = required
        #> Conv2DTranspose.strides = (1, 1)
        #> Conv2DTranspose.padding = 'valid'
        #> Conv2DTranspose.output_padding = None
        #> Conv2DTranspose.data_format = None
        #> Conv2DTranspose.dilation_rate = (1, 1)
        #> Conv2DTranspose.activation = None
        #> Conv2DTranspose.use_bias = True
        #> Conv2DTranspose.kernel_initializer = 'glorot_uniform'
        #> Conv2DTranspose.bias_initializer = 'zeros'
        #> Conv2DTranspose.kernel_regularizer = None
        #> Conv2DTranspose.bias_regularizer = None
        #> Conv2DTranspose.activity_regularizer = None
        #> Conv2DTranspose.kernel_constraint = None
        #> Conv2DTranspose.bias_constraint = None
        #> Conv3DTranspose.filters = required
        #> Conv3DTranspose.kernel_size = required
        #> Conv3DTranspose.strides = (1, 1, 1)
        #> Conv3DTranspose.padding = 'valid'
        #> Conv3DTranspose.data_format = None
        #> Conv3DTranspose.output_padding = None
        #> Conv3DTranspose.dilation_rate = (1, 1, 1)
        #> Conv3DTranspose.activation = None
        #> Conv3DTranspose.use_bias = True
        #> Conv3DTranspose.kernel_initializer = 'glorot_uniform'
        #> Conv3DTranspose.bias_initializer = 'zeros'
        #> Conv3DTranspose.kernel_regularizer = None
        #> Conv3DTranspose.bias_regularizer = None
        #> Conv3DTranspose.activity_regularizer = None
        #> Conv3DTranspose.kernel_constraint = None
        #> Conv3DTranspose.bias_constraint = None
