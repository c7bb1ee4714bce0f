import inspect

import tensorflow as tf

L = tf.keras.layers
CORE = [L.Dense, L.EinsumDense, L.Embedding, L.ReversibleEmbedding, L.Identity]
CORE += [L.InputLayer, L.Lambda, L.Masking, L.Wrapper]

# One line per argument of each class's constructor, as the installed Keras defines it;
# **kwargs (name, dtype, trainable: every layer's own) is left out.
for cls in CORE:
    for name, arg in inspect.signature(cls.__init__).parameters.items():
        if name == "self" or arg.kind == arg.VAR_KEYWORD:
            continue
        value = "required" if arg.default is arg.empty else repr(arg.default)
        print(f"{cls.__name__}.{name} = {value}")
        #> Dense.units = required
        #> Dense.activation = None
        #> Dense.use_bias = True
        #> Dense.kernel_initializer = 'glorot_uniform'
        #> Dense.bias_initializer = 'zeros'
        #> Dense.kernel_regularizer = None
        #> Dense.bias_regularizer = None
        #> Dense.activity_regularizer = None
        #> Dense.kernel_constraint = None
        #> Dense.bias_constraint = None
        #> Dense.lora_rank = None
        #> Dense.lora_alpha = None
        #> Dense.quantization_config = None
        #> EinsumDense.equation = required
        #> EinsumDense.output_shape = required
        #> EinsumDense.activation = None
        #> EinsumDense.bias_axes = None
        #> EinsumDense.kernel_initializer = 'glorot_uniform'
        #> EinsumDense.bias_initializer = 'zeros'
        #> EinsumDense.kernel_regularizer = None
        #> EinsumDense.bias_regularizer = None
        #> EinsumDense.kernel_constraint = None
        #> EinsumDense.bias_constraint = None
        #> EinsumDense.lora_rank = None
        #> EinsumDense.lora_alpha = None
        #> EinsumDense.gptq_unpacked_column_size = None
        #> EinsumDense.quantization_config = None
        #> Embedding.input_dim = required
        #> Embedding.output_dim = required
        #> Embedding.embeddings_initializer = 'uniform'
        #> Embedding.embeddings_regularizer = None
        #> Embedding.embeddings_constraint = None
        #> Embedding.mask_zero = False
        #> Embedding.weights = None
        #> Embedding.lora_rank = None
        #> Embedding.lora_alpha = None
        #> Embedding.quantization_config = None
        #> ReversibleEmbedding.input_dim = required
        #> ReversibleEmbedding.output_dim = required
        #> ReversibleEmbedding.tie_weights = True
        #> ReversibleEmbedding.embeddings_initializer = 'uniform'
        #> ReversibleEmbedding.embeddings_regularizer = None
        #> ReversibleEmbedding.embeddings_constraint = None
        #> ReversibleEmbedding.mask_zero = False
        #> ReversibleEmbedding.reverse_dtype = None
        #> ReversibleEmbedding.logit_soft_cap = None
        #> InputLayer.shape = None
        #> InputLayer.batch_size = None
        #> InputLayer.dtype = None
        #> InputLayer.sparse = None
        #> InputLayer.ragged = None
        #> InputLayer.batch_shape = None
        #> InputLayer.input_tensor = None
        #> InputLayer.optional = False
        #> InputLayer.name = None
        #> Lambda.function = required
        #> Lambda.output_shape = None
        #> Lambda.mask = None
        #> Lambda.arguments = None
        #> Masking.mask_value = 0.0
        #> Wrapper.layer = required
