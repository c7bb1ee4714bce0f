import inspect

import tensorflow as tf

# The defaults of the tf.function arguments this page uses.
parameters = inspect.signature(tf.function).parameters
for name in ["input_signature", "reduce_retracing", "autograph", "jit_compile"]:
    print(name, parameters[name].default)
    #> input_signature None
    #> reduce_retracing False
    #> autograph True
    #> jit_compile None
