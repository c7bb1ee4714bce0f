import tensorflow as tf

part_1 = ["a good movie", "good acting"]
part_2 = ["a bad plot"]

# adapt() starts over each time: the second call forgets the first part.
vectorize = tf.keras.layers.TextVectorization()
vectorize.adapt(part_1)
vectorize.adapt(part_2)
print([str(token) for token in vectorize.get_vocabulary()])
#> ['', '[UNK]', 'plot', 'bad', 'a']

# Give it all the data in one call, e.g. as one tf.data.Dataset of batches.
everything = tf.data.Dataset.from_tensor_slices(part_1 + part_2).batch(2)
vectorize.adapt(everything)
print([str(token) for token in vectorize.get_vocabulary()])
#> ['', '[UNK]', 'good', 'a', 'plot', 'movie', 'bad', 'acting']
