import inspect

import tensorflow as tf

names = ["SimpleRNNCell", "LSTMCell", "GRUCell", "StackedRNNCells"]
# One line per constructor argument: its default as Python writes it, or "required".
for name in names:
    layer_class = getattr(tf.keras.layers, name)
    for arg in inspect.signature(layer_class).parameters.values():
        if arg.kind in (arg.VAR_POSITIONAL, arg.VAR_KEYWORD):
            continue  # **kwargs: name, dtype and the other base Layer arguments
        default = "required" if arg.default is arg.empty else repr(arg.default)
        print(f"{name}.{arg.name} = {default}")
        #> SimpleRNNCell.units = required
        #> SimpleRNNCell.activation = 'tanh'
        #> SimpleRNNCell.use_bias = True
        #> SimpleRNNCell.kernel_initializer = 'glorot_uniform'
        #> SimpleRNNCell.recurrent_initializer = 'orthogonal'
        #> SimpleRNNCell.bias_initializer = 'zeros'
        #> SimpleRNNCell.kernel_regularizer = None
        #> SimpleRNNCell.recurrent_regularizer = None
        #> SimpleRNNCell.bias_regularizer = None
        #> SimpleRNNCell.kernel_constraint = None
        #> SimpleRNNCell.recurrent_constraint = None
        #> SimpleRNNCell.bias_constraint = None
        #> SimpleRNNCell.dropout = 0.0
        #> SimpleRNNCell.recurrent_dropout = 0.0
        #> SimpleRNNCell.seed = None
        #> LSTMCell.units = required
        #> LSTMCell.activation = 'tanh'
        #> LSTMCell.recurrent_activation = 'sigmoid'
        #> LSTMCell.use_bias = True
        #> LSTMCell.kernel_initializer = 'glorot_uniform'
        #> LSTMCell.recurrent_initializer = 'orthogonal'
        #> LSTMCell.bias_initializer = 'zeros'
        #> LSTMCell.unit_forget_bias = True
        #> LSTMCell.kernel_regularizer = None
        #> LSTMCell.recurrent_regularizer = None
        #> LSTMCell.bias_regularizer = None
        #> LSTMCell.kernel_constraint = None
        #> LSTMCell.recurrent_constraint = None
        #> LSTMCell.bias_constraint = None
        #> LSTMCell.dropout = 0.0
        #> LSTMCell.recurrent_dropout = 0.0
        #> LSTMCell.seed = None
        #> GRUCell.units = required
        #> GRUCell.activation = 'tanh'
        #> GRUCell.recurrent_activation = 'sigmoid'
        #> GRUCell.use_bias = True
        #> GRUCell.kernel_initializer = 'glorot_uniform'
        #> GRUCell.recurrent_initializer = 'orthogonal'
        #> GRUCell.bias_initializer = 'zeros'
        #> GRUCell.kernel_regularizer = None
        #> GRUCell.recurrent_regularizer = None
        #> GRUCell.bias_regularizer = None
        #> GRUCell.kernel_constraint = None
        #> GRUCell.recurrent_constraint = None
        #> GRUCell.bias_constraint = None
        #> GRUCell.dropout = 0.0
        #> GRUCell.recurrent_dropout = 0.0
        #> GRUCell.reset_after = True
        #> GRUCell.seed = None
        #> StackedRNNCells.cells = required
