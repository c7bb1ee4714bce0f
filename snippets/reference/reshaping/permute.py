import tensorflow as tf

# dims numbers the axes from 1 (the batch axis stays first): (2, 1) swaps the two axes.
permute = tf.keras.layers.Permute((2, 1))
print(permute(tf.keras.Input(shape=(10, 3))).shape)
#> (None, 3, 10)
x = tf.constant([[[1, 2, 3], [4, 5, 6]]])
print(permute(x).numpy().tolist())
#> [[[1, 4], [2, 5], [3, 6]]]

# Numbering from 0, as in NumPy, is the common mistake.
try:
    tf.keras.layers.Permute((1, 0))
except ValueError as e:
    print(type(e).__name__, str(e).split(".")[0])
    #> ValueError Invalid permutation argument `dims` for Permute Layer
