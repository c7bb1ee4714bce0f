import numpy as np
import tensorflow as tf

image = np.arange(16, dtype="float32").reshape(1, 4, 4, 1)  # pixels numbered 0..15
layers = tf.keras.layers

# A positive factor zooms out: the image shrinks to the middle, the rest is filled (0).
zoom_out = layers.RandomZoom((0.5, 0.5), fill_mode="constant", interpolation="nearest", seed=0)
print(zoom_out(image, training=True).numpy()[0, :, :, 0])
'''
[[ 0.  0.  0.  0.]
 [ 0.  5.  6.  0.]
 [ 0.  9. 10.  0.]
 [ 0.  0.  0.  0.]]
'''

# A negative factor zooms in: the middle 2x2 pixels fill the 4x4 frame.
zoom_in = layers.RandomZoom((-0.5, -0.5), interpolation="nearest", seed=0)
print(zoom_in(image, training=True).numpy()[0, :, :, 0])
'''
[[ 5.  5.  6.  6.]
 [ 5.  5.  6.  6.]
 [ 9.  9. 10. 10.]
 [ 9.  9. 10. 10.]]
'''
