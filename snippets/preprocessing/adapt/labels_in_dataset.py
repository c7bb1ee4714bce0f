import tensorflow as tf

texts = ["a good movie", "a bad movie", "good acting"]
labels = [1, 0, 1]
dataset = tf.data.Dataset.from_tensor_slices((texts, labels)).batch(2)

# The dataset fit() wants yields (text, label) pairs; adapt() wants the texts only.
vectorize = tf.keras.layers.TextVectorization()
try:
    vectorize.adapt(dataset)
except tf.errors.InvalidArgumentError as error:
    print(type(error).__name__)
    #> InvalidArgumentError
    print("expected to be a string tensor but is a int32 tensor" in str(error))
    #> True

# Drop the labels with map() first.
vectorize.adapt(dataset.map(lambda text, label: text))
print([str(token) for token in vectorize.get_vocabulary()])
#> ['', '[UNK]', 'movie', 'good', 'a', 'bad', 'acting']
