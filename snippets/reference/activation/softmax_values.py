import numpy as np
import tensorflow as tf

logits = np.array([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]], dtype="float32")

# exp(x) / sum(exp(x)) along the last axis: each row sums to 1.
probabilities = tf.keras.layers.Softmax()(logits).numpy()
print(probabilities.round(4))
'''
[[0.09   0.2447 0.6652]
 [0.3333 0.3333 0.3333]]
'''
print(probabilities.sum(axis=-1))
#> [1. 1.]

# axis=0 normalizes each column instead.
print(tf.keras.layers.Softmax(axis=0)(logits).numpy().round(4))
'''
[[0.5    0.7311 0.8808]
 [0.5    0.2689 0.1192]]
'''

# A mask (False = left out) gives those positions probability 0.
mask = np.array([[True, True, False], [True, True, True]])
print(tf.keras.layers.Softmax()(logits, mask=mask).numpy().round(4))
'''
[[0.2689 0.7311 0.    ]
 [0.3333 0.3333 0.3333]]
'''
