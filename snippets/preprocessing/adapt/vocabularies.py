import numpy as np
import tensorflow as tf

layers = tf.keras.layers
# Each lookup layer keeps the distinct tokens, most frequent first, after its reserved entries.
vectorize = layers.TextVectorization()
vectorize.adapt(["The cat sat", "the dog sat", "The cat"])
print([str(token) for token in vectorize.get_vocabulary()])
#> ['', '[UNK]', 'the', 'sat', 'cat', 'dog']

strings = layers.StringLookup()
strings.adapt(["seoul", "busan", "seoul", "daegu", "seoul", "busan"])
print([str(token) for token in strings.get_vocabulary()])
#> ['[UNK]', 'seoul', 'busan', 'daegu']

integers = layers.IntegerLookup()
integers.adapt(np.array([2024, 2023, 2024, 1999]))
print([int(token) for token in integers.get_vocabulary()])
#> [-1, 2024, 2023, 1999]

# max_tokens keeps only the most frequent ones; the rest become the OOV index.
small = layers.StringLookup(max_tokens=3)
small.adapt(["seoul", "busan", "seoul", "daegu", "seoul", "busan"])
print([str(token) for token in small.get_vocabulary()], small(["daegu"]).numpy())
#> ['[UNK]', 'seoul', 'busan'] [0]
