import numpy as np
from sklearn.datasets import load_digits

digits = load_digits()  # shipped with scikit-learn: nothing is downloaded
print(digits.images.shape, digits.images.dtype)
#> (1797, 8, 8) float64
print("pixel values from", digits.images.min(), "to", digits.images.max())
#> pixel values from 0.0 to 16.0

# Keras image layers expect (batch, height, width, channels): add the channel axis.
images = digits.images[..., np.newaxis].astype("float32")
print(images.shape)
#> (1797, 8, 8, 1)
