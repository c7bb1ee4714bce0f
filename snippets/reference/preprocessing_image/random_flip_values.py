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
