import tensorflow as tf

# Two layers with the same name, e.g. copied lines that both say name="hidden".
try:
    tf.keras.Sequential(
        [
            tf.keras.Input(shape=(4,)),
            tf.keras.layers.Dense(8, name="hidden"),
            tf.keras.layers.Dense(8, name="hidden"),
        ]
    )
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(". ")[0])
    #> All layers added to a Sequential model should have unique names
