import tensorflow as tf

# Try to give a Sequential model two inputs, one of 4 features and one of 2.
try:
    tf.keras.Sequential(
        [
            tf.keras.Input(shape=(4,)),
            tf.keras.Input(shape=(2,)),
            tf.keras.layers.Dense(1),
        ]
    )
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(". ")[1])
    #> You cannot add a different Input layer to it.
