import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.default_rng(0).normal(size=(2, 4, 16)).astype("float32")
layer = tf.keras.layers.MultiHeadAttention(num_heads=2, key_dim=8)

# Self-attention: query and value are the same sequence. One score map per head.
output, scores = layer(x, x, return_attention_scores=True)
print(output.shape, scores.shape)
#> (2, 4, 16) (2, 2, 4, 4)

# A causal mask hides later positions: the first position attends only to itself.
_, scores = layer(x, x, return_attention_scores=True, use_causal_mask=True)
print(scores.numpy()[0, 0].round(2))
'''
[[1.   0.   0.   0.  ]
 [0.14 0.86 0.   0.  ]
 [0.44 0.12 0.44 0.  ]
 [0.09 0.27 0.09 0.56]]
'''

# output_shape sets the last axis of the output (by default the query's).
layer = tf.keras.layers.MultiHeadAttention(num_heads=2, key_dim=8, output_shape=32)
print(layer(x, x).shape)
#> (2, 4, 32)
