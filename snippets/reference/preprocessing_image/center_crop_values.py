import numpy as np
import tensorflow as tf

image = np.arange(16, dtype="float32").reshape(1, 4, 4, 1)  # pixels numbered 0..15
print(image[0, :, :, 0])
'''
[[ 0.  1.  2.  3.]
 [ 4.  5.  6.  7.]
 [ 8.  9. 10. 11.]
 [12. 13. 14. 15.]]
'''

# The middle 2x2 pixels, the same in training and inference.
crop = tf.keras.layers.CenterCrop(2, 2)
print(crop(image).numpy()[0, :, :, 0])
'''
[[ 5.  6.]
 [ 9. 10.]]
'''

# Larger than the image: no error, the image is resized up instead.
print(tuple(tf.keras.layers.CenterCrop(6, 6)(image).shape))
#> (1, 6, 6, 1)
