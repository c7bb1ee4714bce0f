import tensorflow as tf
from reviews import make_reviews

tf.keras.utils.set_random_seed(0)
texts, labels = make_reviews(200, seed=0)
vectorize = tf.keras.layers.TextVectorization(output_sequence_length=6)
vectorize.adapt(texts[:160])

# One row of 8 trainable numbers per vocabulary entry: ids -> vectors.
embed = tf.keras.layers.Embedding(input_dim=vectorize.vocabulary_size(), output_dim=8)
vectors = embed(vectorize(texts[:2]))
print(vectors.shape, embed.count_params())
#> (2, 6, 8) 144
# Averaging over the words gives one vector per review, whatever its length.
print(tf.keras.layers.GlobalAveragePooling1D()(vectors).shape)
#> (2, 8)
