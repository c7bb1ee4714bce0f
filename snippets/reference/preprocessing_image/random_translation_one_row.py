import numpy as np
import tensorflow as tf

image = np.arange(1, 10, dtype="float32").reshape(1, 3, 3, 1)  # pixels numbered 1..9

# height_factor=(1/3, 1/3): always down by a third of the height, one row of three.
shift = tf.keras.layers.RandomTranslation(
    (1 / 3, 1 / 3), (0, 0), fill_mode="constant", interpolation="nearest", seed=0
)
print(shift(image, training=True).numpy()[0, :, :, 0])  # the new top row is filled with 0
'''
[[0. 0. 0.]
 [1. 2. 3.]
 [4. 5. 6.]]
'''
