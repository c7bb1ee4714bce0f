import numpy as np
import tensorflow as tf

L = tf.keras.layers
# An 8x8 grey ramp from 100 to 140 (every row the same): a low-contrast image.
ramp = np.tile(np.linspace(100, 140, 8, dtype="float32"), (8, 1))
image = ramp[None, :, :, None]

clahe = L.ContrastLimitedAdaptiveHistogramEqualization(tile_grid_size=(2, 2))
print(clahe(image, training=False).numpy()[0, 0, :, 0].round(1))
#> [ 97.7 106.4 116.  121.7 124.3 130.  137.6 147.2]
# Plain equalization stretches the same row over the whole range.
print(L.Equalization()(image, training=True).numpy()[0, 0, :, 0].round(1))
#> [  0.  36.  73. 109. 146. 182. 219. 255.]
