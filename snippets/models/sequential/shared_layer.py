import tensorflow as tf

# The same layer object twice: Sequential accepts it, as a repeat in the chain.
shared = tf.keras.layers.Dense(4)
model = tf.keras.Sequential([tf.keras.Input(shape=(4,)), shared, shared])
print([layer.name for layer in model.layers], model.layers[0] is model.layers[1])
#> ['dense', 'dense'] True
# One set of weights, applied to its own output: 4 × (4 + 1) parameters, not twice that.
print(len(model.weights), model.count_params())
#> 2 20

# The second call gets the first call's output, not a second input:
# with 3 input features, the kernel built for 3 cannot take the 4 it outputs.
shared = tf.keras.layers.Dense(4)
try:
    tf.keras.Sequential([tf.keras.Input(shape=(3,)), shared, shared])
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    expected, received = str(error).split("layer: ")[1].split(", but ")
    print(expected)
    #> expected axis -1 of input shape to have value 3
    print(received)
    #> received input with shape (None, 4)
