import numpy as np
import tensorflow as tf

image = np.random.default_rng(0).uniform(size=(1, 8, 8, 3)).astype("float32")
rotate = tf.keras.layers.RandomRotation(0.2, seed=0)

# Called by hand without training=..., an augmentation layer augments.
print("plain call changed:", not np.allclose(rotate(image), image))
#> plain call changed: True

# Inside a model, predict (and evaluate) pass training=False for you.
model = tf.keras.Sequential([tf.keras.Input(shape=(8, 8, 3)), rotate])
print("predict changed:", not np.allclose(model.predict(image, verbose=0), image))
#> predict changed: False
