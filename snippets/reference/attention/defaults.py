import inspect

import tensorflow as tf

names = ["Attention", "AdditiveAttention", "MultiHeadAttention", "GroupQueryAttention"]
# One line per constructor argument: its default as Python writes it, or "required".
for name in names:
    layer_class = getattr(tf.keras.layers, name)
    for arg in inspect.signature(layer_class).parameters.values():
        if arg.kind in (arg.VAR_POSITIONAL, arg.VAR_KEYWORD):
            continue  # **kwargs: name, dtype and the other base Layer arguments
        default = "required" if arg.default is arg.empty else repr(arg.default)
        print(f"{name}.{arg.name} = {default}")
        #> Attention.use_scale = False
        #> Attention.score_mode = 'dot'
        #> Attention.dropout = 0.0
        #> Attention.seed = None
        #> AdditiveAttention.use_scale = True
        #> AdditiveAttention.dropout = 0.0
        #> MultiHeadAttention.num_heads = required
        #> MultiHeadAttention.key_dim = required
        #> MultiHeadAttention.value_dim = None
        #> MultiHeadAttention.dropout = 0.0
        #> MultiHeadAttention.use_bias = True
        #> MultiHeadAttention.output_shape = None
        #> MultiHeadAttention.attention_axes = None
        #> MultiHeadAttention.sliding_window = None
        #> MultiHeadAttention.flash_attention = None
        #> MultiHeadAttention.kernel_initializer = 'glorot_uniform'
        #> MultiHeadAttention.bias_initializer = 'zeros'
        #> MultiHeadAttention.kernel_regularizer = None
        #> MultiHeadAttention.bias_regularizer = None
        #> MultiHeadAttention.activity_regularizer = None
        #> MultiHeadAttention.kernel_constraint = None
        #> MultiHeadAttention.bias_constraint = None
        #> MultiHeadAttention.use_gate = False
        #> MultiHeadAttention.seed = None
        #> GroupQueryAttention.head_dim = required
        #> GroupQueryAttention.num_query_heads = required
        #> GroupQueryAttention.num_key_value_heads = required
        #> GroupQueryAttention.dropout = 0.0
        #> GroupQueryAttention.use_bias = True
        #> GroupQueryAttention.sliding_window = None
        #> GroupQueryAttention.flash_attention = None
        #> GroupQueryAttention.kernel_initializer = 'glorot_uniform'
        #> GroupQueryAttention.bias_initializer = 'zeros'
        #> GroupQueryAttention.kernel_regularizer = None
        #> GroupQueryAttention.bias_regularizer = None
        #> GroupQueryAttention.activity_regularizer = None
        #> GroupQueryAttention.kernel_constraint = None
        #> GroupQueryAttention.bias_constraint = None
        #> GroupQueryAttention.use_gate = False
        #> GroupQueryAttention.seed = None
