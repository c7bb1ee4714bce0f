import inspect

import tensorflow as tf

# The defaults of add_weight, read from its signature.
parameters = inspect.signature(tf.keras.layers.Layer.add_weight).parameters
for name in ["shape", "initializer", "dtype", "trainable", "regularizer", "constraint", "name"]:
    print(name, repr(parameters[name].default))
    #> shape None
    #> initializer None
    #> dtype None
    #> trainable True
    #> regularizer None
    #> constraint None
    #> name None

# What they become: a scalar float32 weight that training updates.
weight = tf.keras.layers.Layer().add_weight()
print(tuple(weight.shape), weight.dtype, weight.trainable)
#> () float32 True

# trainable=False keeps a weight out of training, but it is still one of the layer's weights.
layer = tf.keras.layers.Layer()
layer.add_weight(shape=(2, 3), name="learned")
layer.add_weight(shape=(3,), trainable=False, name="fixed")
print([weight.name for weight in layer.trainable_weights])
#> ['learned']
print([weight.name for weight in layer.non_trainable_weights])
#> ['fixed']
