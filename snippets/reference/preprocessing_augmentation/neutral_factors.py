import numpy as np
import tensorflow as tf

L = tf.keras.layers
image = np.random.default_rng(0).uniform(0, 255, (1, 8, 8, 3)).astype("float32")


def grey(x):  # all three channels equal at every pixel
    x = np.asarray(x)
    return bool(np.allclose(x[..., 0], x[..., 1]) and np.allclose(x[..., 1], x[..., 2]))


# A factor written (a, a) is fixed. For saturation and sharpness, 0.5 changes nothing
# (up to the float rounding of the conversion to HSV and back).
print(
    "saturation 0.5 unchanged:",
    np.allclose(L.RandomSaturation((0.5, 0.5))(image), image, atol=1e-3),
)
#> saturation 0.5 unchanged: True
print("sharpness 0.5 unchanged:", np.allclose(L.RandomSharpness((0.5, 0.5))(image), image))
#> sharpness 0.5 unchanged: True
# Saturation 0 and colour degeneration 1 both give a grey image.
print("saturation 0 grey:", grey(L.RandomSaturation((0.0, 0.0))(image)))
#> saturation 0 grey: True
print("degeneration 1 grey:", grey(L.RandomColorDegeneration((1.0, 1.0))(image)))
#> degeneration 1 grey: True
# A hue rotation keeps grey pixels grey: grey has no hue.
grey_image = np.repeat(image[..., :1], 3, axis=-1)
print("hue on grey unchanged:", np.allclose(L.RandomHue(0.5, seed=1)(grey_image), grey_image))
#> hue on grey unchanged: True
# RandomColorJitter runs only the layers whose factor is given: here none.
print("jitter, no factor, unchanged:", np.allclose(L.RandomColorJitter()(image), image))
#> jitter, no factor, unchanged: True
