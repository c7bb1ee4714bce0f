import tensorflow as tf
from reviews import make_reviews

texts, labels = make_reviews(200, seed=0)
print(texts[:2], labels[:2])
#> ['movie plot movie was fun' 'really plot acting was good'] [1 1]

# Learn the vocabulary from the training reviews; every review becomes 6 ids.
vectorize = tf.keras.layers.TextVectorization(output_sequence_length=6)
vectorize.adapt(texts[:160])
print(vectorize.vocabulary_size())
#> 18
print([str(word) for word in vectorize.get_vocabulary()[:6]])
#> ['', '[UNK]', 'movie', 'acting', 'and', 'very']
ids = vectorize(texts[:2])
print(ids.shape)
#> (2, 6)
print(ids.numpy())
'''
[[ 2  7  2  8 12  0]
 [ 6  7  3  8 11  0]]
'''
