import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
images = np.random.default_rng(0).uniform(0, 255, (16, 8, 8, 3)).astype("float32")
labels = np.arange(16) % 2

augment = tf.keras.Sequential(
    [
        tf.keras.layers.RandomBrightness(0.2, seed=1),
        tf.keras.layers.RandomContrast(0.2, seed=1),
    ]
)
# map runs augment on the CPU, on several elements at once, while the model trains
# on the batches prefetched before.
dataset = (
    tf.data.Dataset.from_tensor_slices((images, labels))
    .batch(4)
    .map(lambda x, y: (augment(x, training=True), y), num_parallel_calls=tf.data.AUTOTUNE)
    .prefetch(tf.data.AUTOTUNE)
)
first, y = next(iter(dataset))
again, _ = next(iter(dataset))  # a second pass, as in the next epoch
print(first.shape, y.shape, "augmented:", not np.allclose(first, images[:4]))
#> (4, 8, 8, 3) (4,) augmented: True
print("new augmentation each pass:", not np.allclose(first, again))
#> new augmentation each pass: True

# The model itself has no augmentation layer: it trains on what the pipeline gives.
model = tf.keras.Sequential(
    [
        tf.keras.Input((8, 8, 3)),
        tf.keras.layers.Rescaling(1 / 255),
        tf.keras.layers.GlobalAveragePooling2D(),
        tf.keras.layers.Dense(2, activation="softmax"),
    ]
)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
# A dataset brings its own order (add .shuffle to it): fit's shuffle would be ignored.
history = model.fit(dataset, epochs=2, shuffle=False, verbose=0)
print("epochs:", len(history.history["loss"]), [layer.name for layer in model.layers])
#> epochs: 2 ['rescaling', 'global_average_pooling2d', 'dense']
