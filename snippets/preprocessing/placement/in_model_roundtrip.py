import os
import tempfile

import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
# Raw images as a camera gives them: values 0 to 255.
images = np.random.default_rng(0).integers(0, 256, (16, 8, 8, 3)).astype("float32")
labels = np.arange(16) % 2

# Preprocessing inside the model: augmentation, then scaling to [0, 1].
model = tf.keras.Sequential(
    [
        tf.keras.Input((8, 8, 3)),
        tf.keras.layers.RandomBrightness(0.2, seed=1),
        tf.keras.layers.RandomContrast(0.2, seed=1),
        tf.keras.layers.Rescaling(1 / 255),
        tf.keras.layers.GlobalAveragePooling2D(),
        tf.keras.layers.Dense(2, activation="softmax"),
    ]
)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(images, labels, epochs=2, verbose=0)  # augmentation on, as in any fit

path = os.path.join(tempfile.mkdtemp(), "model.keras")
model.save(path)
loaded = tf.keras.models.load_model(path)
print("first layers:", [type(layer).__name__ for layer in loaded.layers[:3]])
#> first layers: ['RandomBrightness', 'RandomContrast', 'Rescaling']
# The loaded model takes raw images and predicts exactly as the original.
before = model.predict(images, verbose=0)
after = loaded.predict(images, verbose=0)
print(after.shape, np.allclose(before, after))
#> (16, 2) True
