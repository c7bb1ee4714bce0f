import numpy as np
import tensorflow as tf

L = tf.keras.layers
# One row of five grey pixels; factors given as (a, a) so that nothing is random.
row = np.array([0, 60, 128, 200, 255], "float32")
image = np.repeat(row[None, None, :, None], 3, axis=-1)

print(L.RandomBrightness((0.1, 0.1))(image)[0, 0, :, 0].numpy())
#> [ 25.5  85.5 153.5 225.5 255. ]
print(L.RandomInvert((1.0, 1.0))(image)[0, 0, :, 0].numpy())
#> [255. 195. 127.  55.   0.]
print(L.RandomPosterization((2, 2))(image)[0, 0, :, 0].numpy())
#> [  0.   0. 128. 192. 192.]

# RandomGrayscale keeps 3 channels, all equal to the luminance of the pixel.
pixel = np.array([[[[255, 0, 0]]]], "float32")
print(L.RandomGrayscale(1.0)(pixel).numpy().round(1))
#> [[[[76.2 76.2 76.2]]]]
print(round(0.299 * 255 + 0.587 * 0 + 0.114 * 0, 1))
#> 76.2
