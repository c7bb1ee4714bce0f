import tensorflow as tf

animals = [["cat"], ["dog"], ["fish"], ["cat"]]
# No vocabulary and no adapt(): each string's hash, modulo num_bins.
print(tf.keras.layers.Hashing(num_bins=4)(animals).numpy().ravel())
#> [0 0 2 0]
# cat and dog share bin 0 (a collision); another salt gives other bins.
print(tf.keras.layers.Hashing(num_bins=4, salt=2)(animals).numpy().ravel())
#> [3 2 1 3]
# mask_value keeps its own bin 0 for padding; the others go to bins 1 to num_bins - 1.
hashing = tf.keras.layers.Hashing(num_bins=4, mask_value="")
print(hashing([["cat"], [""], ["fish"]]).numpy().ravel())
#> [3 0 1]
# output_mode="one_hot" gives one column per bin.
print(tf.keras.layers.Hashing(num_bins=4, output_mode="one_hot")(["cat", "fish"]).numpy())
'''
[[1. 0. 0. 0.]
 [0. 0. 1. 0.]]
'''
