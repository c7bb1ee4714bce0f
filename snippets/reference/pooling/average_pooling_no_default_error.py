import tensorflow as tf

# Unlike MaxPooling2D, AveragePooling2D has no default pool_size.
print(tf.keras.layers.MaxPooling2D().pool_size)
#> (2, 2)
try:
    tf.keras.layers.AveragePooling2D()
except TypeError as e:
    print(type(e).__name__)
    #> TypeError
    print(str(e).split(".")[-1])
    #> __init__() missing 1 required positional argument: 'pool_size'
