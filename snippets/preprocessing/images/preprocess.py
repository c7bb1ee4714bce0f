import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits

images = load_digits().images[..., np.newaxis].astype("float32")

# The same steps for every image, in training and in inference.
preprocess = tf.keras.Sequential(
    [
        tf.keras.layers.Resizing(16, 16),  # 8x8 -> 16x16
        tf.keras.layers.Rescaling(1 / 16),  # 0..16 -> 0..1
    ]
)
ready = preprocess(images[:32]).numpy()
print(ready.shape)
#> (32, 16, 16, 1)
print("values from", ready.min(), "to", ready.max())
#> values from 0.0 to 1.0
