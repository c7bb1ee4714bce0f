import tensorflow as tf

model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(4,)),
        tf.keras.layers.Dense(3, activation="relu"),
        tf.keras.layers.Dense(1),
    ]
)

# Every weight of the model, found through the model object.
for variable in model.trainable_variables:
    print(variable.path, tuple(variable.shape))
    #> sequential/dense/kernel (4, 3)
    #> sequential/dense/bias (3,)
    #> sequential/dense_1/kernel (3, 1)
    #> sequential/dense_1/bias (1,)
print(len(model.trainable_variables), model.count_params())
#> 4 19

# The same weights, found through each layer that owns them.
for layer in model.layers:
    print(layer.name, [variable.name for variable in layer.trainable_variables])
    #> dense ['kernel', 'bias']
    #> dense_1 ['kernel', 'bias']
