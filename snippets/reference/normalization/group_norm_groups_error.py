import tensorflow as tf

inputs = tf.keras.Input(shape=(8, 8, 16))  # 16 channels

# The default is 32 groups, more than 16 channels.
try:
    tf.keras.layers.GroupNormalization()(inputs)
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(error)
    #> Number of groups (32) cannot be more than the number of channels (16).

# The number of groups must also divide the number of channels.
try:
    tf.keras.layers.GroupNormalization(groups=5)(inputs)
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(". ")[0])
    #> Number of groups (5) must be a multiple of the number of channels (16).

print(tf.keras.layers.GroupNormalization(groups=8)(inputs).shape)
#> (None, 8, 8, 16)
