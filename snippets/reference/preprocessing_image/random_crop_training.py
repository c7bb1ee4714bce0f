import numpy as np
import tensorflow as tf

image = np.arange(16, dtype="float32").reshape(1, 4, 4, 1)  # pixels numbered 0..15
crop = tf.keras.layers.RandomCrop(2, 2, seed=3)

# Training: a 2x2 window at a random place, another on each call.
print(crop(image, training=True).numpy()[0, :, :, 0])
'''
[[1. 2.]
 [5. 6.]]
'''
print(crop(image, training=True).numpy()[0, :, :, 0])
'''
[[10. 11.]
 [14. 15.]]
'''

# Inference: the input comes back unchanged, 4x4, not cropped.
print(tuple(crop(image, training=False).shape))
#> (1, 4, 4, 1)

# A window larger than the image: no error, the image is resized up to it in training.
print(tuple(tf.keras.layers.RandomCrop(6, 6, seed=3)(image, training=True).shape))
#> (1, 6, 6, 1)
