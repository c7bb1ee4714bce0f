import tensorflow as tf

# mean and variance go together: one without the other is refused.
try:
    tf.keras.layers.Normalization(mean=[10.0, 100.0])
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(". ")[0])
    #> When setting values directly, both `mean` and `variance` must be set
