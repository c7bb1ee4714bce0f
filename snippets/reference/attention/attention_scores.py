import numpy as np
import tensorflow as tf

# Query positions 0, 1, 2 and value positions 0..4, one feature each.
query = np.arange(3, dtype="float32").reshape(1, 3, 1)
value = np.arange(5, dtype="float32").reshape(1, 5, 1)
layer = tf.keras.layers.Attention()

# The scores are softmax(query · key) over the value positions; each row sums to 1.
output, scores = layer([query, value], return_attention_scores=True)
print(scores.numpy().round(3)[0])
'''
[[0.2   0.2   0.2   0.2   0.2  ]
 [0.012 0.032 0.086 0.234 0.636]
 [0.    0.002 0.016 0.117 0.865]]
'''

# The output is the scores' weighted sum of the values: one row per query position.
print(output.numpy().round(3)[0].ravel())
#> [2.    3.452 3.844]
print((scores.numpy() @ value).round(3)[0].ravel())
#> [2.    3.452 3.844]

# With use_causal_mask=True, position i only sees value positions up to i.
_, causal = layer([query, value[:, :3]], return_attention_scores=True, use_causal_mask=True)
print(causal.numpy().round(3)[0])
'''
[[1.    0.    0.   ]
 [0.269 0.731 0.   ]
 [0.016 0.117 0.867]]
'''
