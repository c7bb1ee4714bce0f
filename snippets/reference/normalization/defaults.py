import inspect

import tensorflow as tf

names = ["BatchNormalization", "LayerNormalization", "GroupNormalization"]
names += ["UnitNormalization", "RMSNormalization", "SpectralNormalization"]
# One line per constructor argument: its default as Python writes it, or "required".
for name in names:
    layer_class = getattr(tf.keras.layers, name)
    for arg in inspect.signature(layer_class).parameters.values():
        if arg.kind in (arg.VAR_POSITIONAL, arg.VAR_KEYWORD):
            continue  # **kwargs: name, dtype and the other base Layer arguments
        default = "required" if arg.default is arg.empty else repr(arg.default)
        print(f"{name}.{arg.name} = {default}")
        #> BatchNormalization.axis = -1
        #> BatchNormalization.momentum = 0.99
        #> BatchNormalization.epsilon = 0.001
        #> BatchNormalization.center = True
        #> BatchNormalization.scale = True
        #> BatchNormalization.beta_initializer = 'zeros'
        #> BatchNormalization.gamma_initializer = 'ones'
        #> BatchNormalization.moving_mean_initializer = 'zeros'
        #> BatchNormalization.moving_variance_initializer = 'ones'
        #> BatchNormalization.beta_regularizer = None
        #> BatchNormalization.gamma_regularizer = None
        #> BatchNormalization.beta_constraint = None
        #> BatchNormalization.gamma_constraint = None
        #> BatchNormalization.renorm = False
        #> BatchNormalization.renorm_clipping = None
        #> BatchNormalization.renorm_momentum = 0.99
        #> BatchNormalization.synchronized = False
        #> LayerNormalization.axis = -1
        #> LayerNormalization.epsilon = 0.001
        #> LayerNormalization.center = True
        #> LayerNormalization.scale = True
        #> LayerNormalization.beta_initializer = 'zeros'
        #> LayerNormalization.gamma_initializer = 'ones'
        #> LayerNormalization.beta_regularizer = None
        #> LayerNormalization.gamma_regularizer = None
        #> LayerNormalization.beta_constraint = None
        #> LayerNormalization.gamma_constraint = None
        #> GroupNormalization.groups = 32
        #> GroupNormalization.axis = -1
        #> GroupNormalization.epsilon = 0.001
        #> GroupNormalization.center = True
        #> GroupNormalization.scale = True
        #> GroupNormalization.beta_initializer = 'zeros'
        #> GroupNormalization.gamma_initializer = 'ones'
        #> GroupNormalization.beta_regularizer = None
        #> GroupNormalization.gamma_regularizer = None
        #> GroupNormalization.beta_constraint = None
        #> GroupNormalization.gamma_constraint = None
        #> UnitNormalization.axis = -1
        #> RMSNormalization.axis = -1
        #> RMSNormalization.epsilon = 1e-06
        #> SpectralNormalization.layer = required
        #> SpectralNormalization.power_iterations = 1
