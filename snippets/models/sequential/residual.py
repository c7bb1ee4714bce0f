import tensorflow as tf

# A residual block adds a layer's input to its output: Add needs both tensors.
# In a Sequential model, Add receives only the previous layer's output.
try:
    tf.keras.Sequential(
        [
            tf.keras.Input(shape=(4,)),
            tf.keras.layers.Dense(4),
            tf.keras.layers.Add(),
        ]
    )
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(". ")[0])
    #> A merge layer should be called on a list of inputs
