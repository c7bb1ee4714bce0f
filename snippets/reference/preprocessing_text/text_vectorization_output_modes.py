import tensorflow as tf

texts = ["good good plot", "bad plot"]
# Every mode but "int" gives one number per vocabulary entry: a fixed-size vector.
for mode in ["int", "multi_hot", "count", "tf_idf"]:
    vectorize = tf.keras.layers.TextVectorization(output_mode=mode)
    vectorize.adapt(texts)
    vocabulary = [str(word) for word in vectorize.get_vocabulary()]
    print(mode, vocabulary, vectorize(["good good movie"]).numpy().round(2))
    #> int ['', '[UNK]', 'plot', 'good', 'bad'] [[3 3 1]]
    #> multi_hot ['[UNK]', 'plot', 'good', 'bad'] [[1 0 1 0]]
    #> count ['[UNK]', 'plot', 'good', 'bad'] [[1 0 2 0]]
    #> tf_idf ['[UNK]', 'plot', 'good', 'bad'] [[0.63 0.   1.39 0.  ]]

# ngrams=2 adds each pair of neighbouring words to the vocabulary.
bigrams = tf.keras.layers.TextVectorization(ngrams=2)
bigrams.adapt(["good plot"])
print([str(word) for word in bigrams.get_vocabulary()])
#> ['', '[UNK]', 'plot', 'good plot', 'good']
