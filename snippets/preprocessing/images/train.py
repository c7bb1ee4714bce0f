import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits

tf.keras.utils.set_random_seed(0)
digits = load_digits()
images = digits.images[..., np.newaxis].astype("float32")  # raw: 8x8, values 0..16
layers = tf.keras.layers
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(8, 8, 1)),
        layers.Resizing(16, 16),
        layers.Rescaling(1 / 16),
        layers.RandomRotation(0.08, fill_mode="constant"),  # augmentation:
        layers.RandomZoom(0.15, fill_mode="constant"),  # active in fit only
        layers.RandomTranslation(0.1, 0.1, fill_mode="constant"),
        layers.Conv2D(16, 3, activation="relu"),
        layers.MaxPooling2D(),
        layers.Flatten(),
        layers.Dense(10, activation="softmax"),
    ]
)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(images[:1500], digits.target[:1500], epochs=5, batch_size=32, verbose=0)
losses = history.history["loss"]
print("loss went down:", losses[-1] < losses[0])
#> loss went down: True

# Inference: no augmentation, so the same input gives the same prediction.
test = images[1500:]
print(
    "same predictions twice:",
    np.allclose(model.predict(test, verbose=0), model.predict(test, verbose=0)),
)
#> same predictions twice: True
_, accuracy = model.evaluate(test, digits.target[1500:], verbose=0)
print("test accuracy above 0.7:", accuracy > 0.7)
#> test accuracy above 0.7: True
