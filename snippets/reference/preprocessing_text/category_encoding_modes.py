import tensorflow as tf

ids = [[0, 3], [1, 1]]  # two samples, two category ids each
for mode in ["one_hot", "multi_hot", "count"]:
    encoding = tf.keras.layers.CategoryEncoding(num_tokens=4, output_mode=mode)
    outputs = encoding(ids)
    print(mode, outputs.shape, outputs.numpy().astype(int).tolist())
    #> one_hot (2, 2, 4) [[[1, 0, 0, 0], [0, 0, 0, 1]], [[0, 1, 0, 0], [0, 1, 0, 0]]]
    #> multi_hot (2, 4) [[1, 0, 0, 1], [0, 1, 0, 0]]
    #> count (2, 4) [[1, 0, 0, 1], [0, 2, 0, 0]]
