import numpy as np
import tensorflow as tf

row = np.arange(4, dtype="float32").reshape(1, 1, 4, 1)  # one row of 4 pixels: 0 1 2 3
flip = tf.keras.layers.RandomFlip("horizontal", seed=0)

# Each call flips each image left-right, or not, with probability 1/2.
for _ in range(4):
    print(flip(row, training=True).numpy().ravel())
    #> [3. 2. 1. 0.]
    #> [3. 2. 1. 0.]
    #> [3. 2. 1. 0.]
    #> [0. 1. 2. 3.]

# The default mode flips both ways at once, or not at all: two outcomes, not four.
square = np.arange(4, dtype="float32").reshape(1, 2, 2, 1)  # 0 1 above 2 3
both = tf.keras.layers.RandomFlip(seed=0)
outcomes = {tuple(both(square, training=True).numpy().ravel().tolist()) for _ in range(20)}
print(sorted(outcomes))
#> [(0.0, 1.0, 2.0, 3.0), (3.0, 2.0, 1.0, 0.0)]
