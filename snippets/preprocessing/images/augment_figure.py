import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits

images = load_digits().images[:6, :, :, np.newaxis].astype("float32") / 16
images = tf.keras.layers.Resizing(32, 32)(images)  # larger, to see the changes

augment = tf.keras.Sequential(
    [
        tf.keras.layers.RandomRotation(0.08, fill_mode="constant", seed=1),
        tf.keras.layers.RandomZoom(0.15, fill_mode="constant", seed=2),
        tf.keras.layers.RandomTranslation(0.1, 0.1, fill_mode="constant", seed=3),
    ]
)
augmented = augment(images, training=True)
print(tuple(augmented.shape), "changed:", not np.allclose(augmented, images))
#> (6, 32, 32, 1) changed: True

# Top row: the images; bottom row: the same images augmented.
figure, axes = plt.subplots(2, 6, figsize=(6, 2.2))
for column in range(6):
    axes[0, column].imshow(images[column, :, :, 0], cmap="gray_r")
    axes[1, column].imshow(augmented[column, :, :, 0], cmap="gray_r")
for axis in axes.flat:  # a frame without ticks shows where the image ends
    axis.set_xticks([])
    axis.set_yticks([])
plt.show()
