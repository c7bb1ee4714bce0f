import inspect

import tensorflow as tf

names = ["SimpleRNN", "LSTM", "GRU", "RNN", "Bidirectional", "TimeDistributed"]
# One line per constructor argument: its default as Python writes it, or "required".
for name in names:
    layer_class = getattr(tf.keras.layers, name)
    for arg in inspect.signature(layer_class).parameters.values():
        if arg.kind in (arg.VAR_POSITIONAL, arg.VAR_KEYWORD):
            continue  # **kwargs: name, dtype and the other base Layer arguments
        default = "required" if arg.default is arg.empty else repr(arg.default)
        print(f"{name}.{arg.name} = {default}")
        #> SimpleRNN.units = required
        #> SimpleRNN.activation = 'tanh'
        #> SimpleRNN.use_bias = True
        #> SimpleRNN.kernel_initializer = 'glorot_uniform'
        #> SimpleRNN.recurrent_initializer = 'orthogonal'
        #> SimpleRNN.bias_initializer = 'zeros'
        #> SimpleRNN.kernel_regularizer = None
        #> SimpleRNN.recurrent_regularizer = None
        #> SimpleRNN.bias_regularizer = None
        #> SimpleRNN.activity_regularizer = None
        #> SimpleRNN.kernel_constraint = None
        #> SimpleRNN.recurrent_constraint = None
        #> SimpleRNN.bias_constraint = None
        #> SimpleRNN.dropout = 0.0
        #> SimpleRNN.recurrent_dropout = 0.0
        #> SimpleRNN.return_sequences = False
        #> SimpleRNN.return_state = False
        #> SimpleRNN.go_backwards = False
        #> SimpleRNN.stateful = False
        #> SimpleRNN.unroll = False
        #> SimpleRNN.seed = None
        #> LSTM.units = required
        #> LSTM.activation = 'tanh'
        #> LSTM.recurrent_activation = 'sigmoid'
        #> LSTM.use_bias = True
        #> LSTM.kernel_initializer = 'glorot_uniform'
        #> LSTM.recurrent_initializer = 'orthogonal'
        #> LSTM.bias_initializer = 'zeros'
        #> LSTM.unit_forget_bias = True
        #> LSTM.kernel_regularizer = None
        #> LSTM.recurrent_regularizer = None
        #> LSTM.bias_regularizer = None
        #> LSTM.activity_regularizer = None
        #> LSTM.kernel_constraint = None
        #> LSTM.recurrent_constraint = None
        #> LSTM.bias_constraint = None
        #> LSTM.dropout = 0.0
        #> LSTM.recurrent_dropout = 0.0
        #> LSTM.seed = None
        #> LSTM.return_sequences = False
        #> LSTM.return_state = False
        #> LSTM.go_backwards = False
        #> LSTM.stateful = False
        #> LSTM.unroll = False
        #> LSTM.use_cudnn = 'auto'
        #> GRU.units = required
        #> GRU.activation = 'tanh'
        #> GRU.recurrent_activation = 'sigmoid'
        #> GRU.use_bias = True
        #> GRU.kernel_initializer = 'glorot_uniform'
        #> GRU.recurrent_initializer = 'orthogonal'
        #> GRU.bias_initializer = 'zeros'
        #> GRU.kernel_regularizer = None
        #> GRU.recurrent_regularizer = None
        #> GRU.bias_regularizer = None
        #> GRU.activity_regularizer = None
        #> GRU.kernel_constraint = None
        #> GRU.recurrent_constraint = None
        #> GRU.bias_constraint = None
        #> GRU.dropout = 0.0
        #> GRU.recurrent_dropout = 0.0
        #> GRU.seed = None
        #> GRU.return_sequences = False
        #> GRU.return_state = False
        #> GRU.go_backwards = False
        #> GRU.stateful = False
        #> GRU.unroll = False
        #> GRU.reset_after = True
        #> GRU.use_cudnn = 'auto'
        #> RNN.cell = required
        #> RNN.return_sequences = False
        #> RNN.return_state = False
        #> RNN.go_backwards = False
        #> RNN.stateful = False
        #> RNN.unroll = False
        #> RNN.zero_output_for_mask = False
        #> Bidirectional.layer = required
        #> Bidirectional.merge_mode = 'concat'
        #> Bidirectional.weights = None
        #> Bidirectional.backward_layer = None
        #> TimeDistributed.layer = required
