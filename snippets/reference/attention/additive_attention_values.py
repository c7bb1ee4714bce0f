import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
query = np.array([[[1.0, 0.0]]], dtype="float32")  # 1 query position, 2 features
value = np.array([[[1.0, 0.0], [0.0, 1.0], [2.0, 2.0]]], dtype="float32")  # 3 positions
layer = tf.keras.layers.AdditiveAttention()

# Score of each value position: sum(scale * tanh(query + key)), then a softmax.
output, scores = layer([query, value], return_attention_scores=True)
print(scores.numpy().round(4)[0])
#> [[0.4287 0.2979 0.2734]]

# The same by hand, with the layer's `scale` (initialized at random, Glorot uniform).
scale = layer.scale.numpy()
raw = (scale * np.tanh(query[0] + value[0])).sum(axis=-1)
print((np.exp(raw) / np.exp(raw).sum()).round(4))
#> [0.4287 0.2979 0.2734]

# `scale` holds one weight per feature.
print(layer.scale.shape, layer.count_params())
#> (2,) 2
