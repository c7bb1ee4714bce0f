import numpy as np
import tensorflow as tf

image = np.zeros((1, 8, 8, 3), dtype="float32")
taller = tf.keras.layers.RandomHeight(0.5, seed=0)  # height from 4 to 12 pixels
wider = tf.keras.layers.RandomWidth(0.5, seed=0)

# Training: a new height (or width) on each call; the batch shares it.
print([taller(image, training=True).shape[1] for _ in range(4)])
#> [5, 4, 7, 10]
print([wider(image, training=True).shape[2] for _ in range(4)])
#> [5, 4, 7, 10]

# Inference: the input unchanged.
print(tuple(taller(image, training=False).shape), tuple(wider(image, training=False).shape))
#> (1, 8, 8, 3) (1, 8, 8, 3)
