import tensorflow as tf

# Two heads side by side cannot be written: a list is not a layer.
try:
    tf.keras.Sequential(
        [
            tf.keras.Input(shape=(4,)),
            tf.keras.layers.Dense(8),
            [tf.keras.layers.Dense(1), tf.keras.layers.Dense(3)],
        ]
    )
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(". ")[0])
    #> Only instances of `keras.Layer` can be added to a Sequential model

# Adding both heads stacks them: the second head reads the first head's output.
model = tf.keras.Sequential([tf.keras.Input(shape=(4,)), tf.keras.layers.Dense(8)])
model.add(tf.keras.layers.Dense(1, name="score"))
model.add(tf.keras.layers.Dense(3, name="label"))
print(len(model.outputs), model.output_shape)
#> 1 (None, 3)
print(tuple(model.get_layer("label").kernel.shape))
#> (1, 3)
