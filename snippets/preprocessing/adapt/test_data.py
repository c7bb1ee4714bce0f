import tensorflow as tf

train = ["a good movie", "a bad movie", "good acting", "bad plot"]
test = ["an excellent movie", "a dull plot"]

# Adapt on the training data only: test words the model never trained on stay OOV.
honest = tf.keras.layers.TextVectorization()
honest.adapt(train)
print(honest(test).numpy())
'''
[[1 1 2]
 [5 1 6]]
'''

# Adapted on train + test, the vocabulary holds words from the test set, so the test
# no longer measures how the model handles words it has not seen.
leaky = tf.keras.layers.TextVectorization()
leaky.adapt(train + test)
print(leaky(test).numpy())
'''
[[9 7 2]
 [3 8 4]]
'''
print(honest.vocabulary_size(), leaky.vocabulary_size())
#> 8 11
