import numpy as np
import tensorflow as tf

image = np.arange(9, dtype="float32").reshape(1, 3, 3, 1)  # pixels numbered 0..8
print(image[0, :, :, 0])
'''
[[0. 1. 2.]
 [3. 4. 5.]
 [6. 7. 8.]]
'''

# factor=(0.25, 0.25): always exactly a quarter of a full turn, counter-clockwise.
rotate = tf.keras.layers.RandomRotation((0.25, 0.25), interpolation="nearest", seed=0)
rotated = rotate(image, training=True).numpy()[0, :, :, 0]
print(rotated)
'''
[[2. 5. 8.]
 [1. 4. 7.]
 [0. 3. 6.]]
'''
print("same as np.rot90:", np.array_equal(rotated, np.rot90(image[0, :, :, 0])))
#> same as np.rot90: True
