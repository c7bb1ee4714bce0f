import re

import tensorflow as tf

# input_dim is the vocabulary size: ids must be below it. Id 10 needs input_dim=11.
embedding = tf.keras.layers.Embedding(input_dim=10, output_dim=4)
try:
    embedding(tf.constant([[3, 10]]))
except tf.errors.InvalidArgumentError as e:
    print(type(e).__name__)
    #> InvalidArgumentError
    print(re.search(r"indices\[.*?\)", str(e))[0])
    #> indices[0,1] = 10 is not in [0, 10)
