import tensorflow as tf

layers = tf.keras.layers
text = tf.keras.Input(shape=(), dtype="string")  # one string per sample
words = tf.keras.Input(shape=(3,), dtype="string")  # three strings per sample
numbers = tf.keras.Input(shape=(3,), dtype="int64")
calls = [
    (layers.TextVectorization(vocabulary=["cat", "dog"], output_sequence_length=4), text),
    (layers.StringLookup(vocabulary=["cat", "dog"]), words),
    (layers.IntegerLookup(vocabulary=[7, 3]), numbers),
    (layers.Hashing(num_bins=8), words),
    (layers.HashedCrossing(num_bins=8), (text, text)),
    (layers.CategoryEncoding(num_tokens=5), numbers),
]
# None of them has weights: what adapt() learns is a lookup table, not a parameter.
for layer, inputs in calls:
    outputs = layer(inputs)
    print(f"{type(layer).__name__:17} {outputs.shape} parameters={layer.count_params()}")
    #> TextVectorization (None, 4) parameters=0
    #> StringLookup      (None, 3) parameters=0
    #> IntegerLookup     (None, 3) parameters=0
    #> Hashing           (None, 3) parameters=0
    #> HashedCrossing    (None,) parameters=0
    #> CategoryEncoding  (None, 5) parameters=0
