import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.default_rng(0).normal(size=(1, 2, 4)).astype("float32")
layer = tf.keras.layers.Attention(dropout=0.5)

# Training: dropout on the scores, which are then scaled by 1 / (1 - 0.5).
_, scores = layer([x, x], return_attention_scores=True, training=True)
print(scores.numpy().round(2)[0])
'''
[[0.82 0.  ]
 [0.2  0.  ]]
'''

# Inference: the plain scores, each row summing to 1.
_, scores = layer([x, x], return_attention_scores=True, training=False)
print(scores.numpy().round(2)[0])
'''
[[0.41 0.59]
 [0.1  0.9 ]]
'''
