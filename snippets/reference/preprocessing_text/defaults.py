import inspect

import tensorflow as tf

names = ["TextVectorization", "StringLookup", "IntegerLookup"]
names += ["Hashing", "HashedCrossing", "CategoryEncoding"]
# One line per constructor argument: its default as Python writes it, or "required".
for name in names:
    layer_class = getattr(tf.keras.layers, name)
    for arg in inspect.signature(layer_class).parameters.values():
        if arg.kind in (arg.VAR_POSITIONAL, arg.VAR_KEYWORD):
            continue  # **kwargs: name, dtype and the other base Layer arguments
        default = "required" if arg.default is arg.empty else repr(arg.default)
        print(f"{name}.{arg.name} = {default}")
        #> TextVectorization.max_tokens = None
        #> TextVectorization.standardize = 'lower_and_strip_punctuation'
        #> TextVectorization.split = 'whitespace'
        #> TextVectorization.ngrams = None
        #> TextVectorization.output_mode = 'int'
        #> TextVectorization.output_sequence_length = None
        #> TextVectorization.pad_to_max_tokens = False
        #> TextVectorization.vocabulary = None
        #> TextVectorization.idf_weights = None
        #> TextVectorization.sparse = False
        #> TextVectorization.ragged = False
        #> TextVectorization.encoding = 'utf-8'
        #> TextVectorization.name = None
        #> StringLookup.max_tokens = None
        #> StringLookup.num_oov_indices = 1
        #> StringLookup.mask_token = None
        #> StringLookup.oov_token = '[UNK]'
        #> StringLookup.vocabulary = None
        #> StringLookup.idf_weights = None
        #> StringLookup.invert = False
        #> StringLookup.output_mode = 'int'
        #> StringLookup.pad_to_max_tokens = False
        #> StringLookup.sparse = False
        #> StringLookup.encoding = 'utf-8'
        #> StringLookup.name = None
        #> StringLookup.salt = None
        #> IntegerLookup.max_tokens = None
        #> IntegerLookup.num_oov_indices = 1
        #> IntegerLookup.mask_token = None
        #> IntegerLookup.oov_token = -1
        #> IntegerLookup.vocabulary = None
        #> IntegerLookup.vocabulary_dtype = 'int64'
        #> IntegerLookup.idf_weights = None
        #> IntegerLookup.invert = False
        #> IntegerLookup.output_mode = 'int'
        #> IntegerLookup.sparse = False
        #> IntegerLookup.pad_to_max_tokens = False
        #> IntegerLookup.oov_method = 'floormod'
        #> IntegerLookup.salt = None
        #> IntegerLookup.name = None
        #> Hashing.num_bins = required
        #> Hashing.mask_value = None
        #> Hashing.salt = None
        #> Hashing.output_mode = 'int'
        #> Hashing.sparse = False
        #> HashedCrossing.num_bins = required
        #> HashedCrossing.output_mode = 'int'
        #> HashedCrossing.sparse = False
        #> HashedCrossing.name = None
        #> HashedCrossing.dtype = None
        #> CategoryEncoding.num_tokens = None
        #> CategoryEncoding.output_mode = 'multi_hot'
        #> CategoryEncoding.sparse = False
