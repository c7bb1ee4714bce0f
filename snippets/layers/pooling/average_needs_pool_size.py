import tensorflow as tf

# MaxPooling1D() works with pool_size=2, but AveragePooling1D has no default.
print(tf.keras.layers.MaxPooling1D().get_config()["pool_size"])
#> (2,)
try:
    tf.keras.layers.AveragePooling1D()
except TypeError as error:
    print(type(error).__name__)
    #> TypeError
    print(str(error).split("() ")[1])
    #> missing 1 required positional argument: 'pool_size'
