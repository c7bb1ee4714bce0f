import tensorflow as tf

# Keras checks stddev like a rate: a value above 1 is refused.
try:
    tf.keras.layers.GaussianNoise(2.0)
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(". ")[1])
    #> Expected a float value between 0 and 1

# Noise of a larger scale: scale the input down, or add the noise yourself.
print(tf.keras.layers.GaussianNoise(1.0).stddev)
#> 1.0
