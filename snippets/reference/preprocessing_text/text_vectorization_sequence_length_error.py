import tensorflow as tf

# output_sequence_length pads or cuts token ids; the other modes have no sequence.
try:
    tf.keras.layers.TextVectorization(output_mode="multi_hot", output_sequence_length=5)
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(". ")[0])
    #> `output_sequence_length` must not be set if `output_mode` is not 'int'

# For a fixed-size vector, max_tokens fixes its length instead.
vectorize = tf.keras.layers.TextVectorization(max_tokens=5, output_mode="multi_hot")
vectorize.adapt(["a b c d e f g"])
print(vectorize(["a b"]).shape)
#> (1, 5)
