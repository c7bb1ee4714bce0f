import tensorflow as tf

texts = ["The cat sat.", "The dog sat on the mat!", "A cat"]
vectorize = tf.keras.layers.TextVectorization(output_sequence_length=5)

# Before adapt() the layer has no vocabulary: calling it fails.
try:
    vectorize(["the cat"])
except tf.errors.FailedPreconditionError as error:
    print(type(error).__name__)
    #> FailedPreconditionError
    print("Table not initialized" in str(error))
    #> True

# adapt() lowercases, strips punctuation, splits on spaces and counts the words.
vectorize.adapt(texts)
print([str(word) for word in vectorize.get_vocabulary()])
#> ['', '[UNK]', 'the', 'sat', 'cat', 'on', 'mat', 'dog', 'a']
print(vectorize.vocabulary_size())
#> 9
# Index 0 pads short texts, 1 is any word the data did not contain ("ran").
print(vectorize(["The cat ran", "the dog sat on the mat"]).numpy())
'''
[[2 4 1 0 0]
 [2 7 3 5 2]]
'''
