import numpy as np
import tensorflow as tf

rng = np.random.default_rng(0)
images = rng.integers(0, 256, size=(4, 8, 8, 3)).astype("float32")

# The data is already divided by 255, and the model divides again.
scaled_data = images / 255
model_rescaling = tf.keras.layers.Rescaling(1 / 255)
seen = model_rescaling(scaled_data).numpy()
print("range the model sees:", seen.min().round(4), seen.max().round(4))
#> range the model sees: 0.0 0.0039

# Rescale once: either in the data or in the model, not both.
seen = model_rescaling(images).numpy()
print("range the model sees:", seen.min().round(4), seen.max().round(4))
#> range the model sees: 0.0 1.0
