import inspect

import tensorflow as tf

names = ["ConvLSTM1D", "ConvLSTM2D", "ConvLSTM3D"]
# One line per constructor argument: its default as Python writes it, or "required".
for name in names:
    layer_class = getattr(tf.keras.layers, name)
    for arg in inspect.signature(layer_class).parameters.values():
        if arg.kind in (arg.VAR_POSITIONAL, arg.VAR_KEYWORD):
            continue  # **kwargs: name, dtype and the other base Layer arguments
        default = "required" if arg.default is arg.empty else repr(arg.default)
        print(f"{name}.{arg.name} = {default}")
        #> ConvLSTM1D.filters = required
        #> ConvLSTM1D.kernel_size = required
        #> ConvLSTM1D.strides = 1
        #> ConvLSTM1D.padding = 'valid'
        #> ConvLSTM1D.data_format = None
        #> ConvLSTM1D.dilation_rate = 1
        #> ConvLSTM1D.activation = 'tanh'
        #> ConvLSTM1D.recurrent_activation = 'sigmoid'
        #> ConvLSTM1D.use_bias = True
        #> ConvLSTM1D.kernel_initializer = 'glorot_uniform'
        #> ConvLSTM1D.recurrent_initializer = 'orthogonal'
        #> ConvLSTM1D.bias_initializer = 'zeros'
        #> ConvLSTM1D.unit_forget_bias = True
        #> ConvLSTM1D.kernel_regularizer = None
        #> ConvLSTM1D.recurrent_regularizer = None
        #> ConvLSTM1D.bias_regularizer = None
        #> ConvLSTM1D.activity_regularizer = None
        #> ConvLSTM1D.kernel_constraint = None
        #> ConvLSTM1D.recurrent_constraint = None
        #> ConvLSTM1D.bias_constraint = None
        #> ConvLSTM1D.dropout = 0.0
        #> ConvLSTM1D.recurrent_dropout = 0.0
        #> ConvLSTM1D.seed = None
        #> ConvLSTM1D.return_sequences = False
        #> ConvLSTM1D.return_state = False
        #> ConvLSTM1D.go_backwards = False
        #> ConvLSTM1D.stateful = False
        #> ConvLSTM2D.filters = required
        #> ConvLSTM2D.kernel_size = required
        #> ConvLSTM2D.strides = 1
        #> ConvLSTM2D.padding = 'valid'
        #> ConvLSTM2D.data_format = None
        #> ConvLSTM2D.dilation_rate = 1
        #> ConvLSTM2D.activation = 'tanh'
        #> ConvLSTM2D.recurrent_activation = 'sigmoid'
        #> ConvLSTM2D.use_bias = True
        #> ConvLSTM2D.kernel_initializer = 'glorot_uniform'
        #> ConvLSTM2D.recurrent_initializer = 'orthogonal'
        #> ConvLSTM2D.bias_initializer = 'zeros'
        #> ConvLSTM2D.unit_forget_bias = True
        #> ConvLSTM2D.kernel_regularizer = None
        #> ConvLSTM2D.recurrent_regularizer = None
        #> ConvLSTM2D.bias_regularizer = None
        #> ConvLSTM2D.activity_regularizer = None
        #> ConvLSTM2D.kernel_constraint = None
        #> ConvLSTM2D.recurrent_constraint = None
        #> ConvLSTM2D.bias_constraint = None
        #> ConvLSTM2D.dropout = 0.0
        #> ConvLSTM2D.recurrent_dropout = 0.0
        #> ConvLSTM2D.seed = None
        #> ConvLSTM2D.return_sequences = False
        #> ConvLSTM2D.return_state = False
        #> ConvLSTM2D.go_backwards = False
        #> ConvLSTM2D.stateful = False
        #> ConvLSTM3D.filters = required
        #> ConvLSTM3D.kernel_size = required
        #> ConvLSTM3D.strides = 1
        #> ConvLSTM3D.padding = 'valid'
        #> ConvLSTM3D.data_format = None
        #> ConvLSTM3D.dilation_rate = 1
        #> ConvLSTM3D.activation = 'tanh'
        #> ConvLSTM3D.recurrent_activation = 'sigmoid'
        #> ConvLSTM3D.use_bias = True
        #> ConvLSTM3D.kernel_initializer = 'glorot_uniform'
        #> ConvLSTM3D.recurrent_initializer = 'orthogonal'
        #> ConvLSTM3D.bias_initializer = 'zeros'
        #> ConvLSTM3D.unit_forget_bias = True
        #> ConvLSTM3D.kernel_regularizer = None
        #> ConvLSTM3D.recurrent_regularizer = None
        #> ConvLSTM3D.bias_regularizer = None
        #> ConvLSTM3D.activity_regularizer = None
        #> ConvLSTM3D.kernel_constraint = None
        #> ConvLSTM3D.recurrent_constraint = None
        #> ConvLSTM3D.bias_constraint = None
        #> ConvLSTM3D.dropout = 0.0
        #> ConvLSTM3D.recurrent_dropout = 0.0
        #> ConvLSTM3D.seed = None
        #> ConvLSTM3D.return_sequences = False
        #> ConvLSTM3D.return_state = False
        #> ConvLSTM3D.go_backwards = False
        #> ConvLSTM3D.stateful = False
