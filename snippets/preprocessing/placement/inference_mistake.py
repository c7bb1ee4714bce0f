import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
image = np.random.default_rng(0).uniform(0, 255, (1, 8, 8, 3)).astype("float32")
model = tf.keras.Sequential(
    [
        tf.keras.Input((8, 8, 3)),
        tf.keras.layers.RandomBrightness(0.2, seed=1),
        tf.keras.layers.Rescaling(1 / 255),
        tf.keras.layers.GlobalAveragePooling2D(),
        tf.keras.layers.Dense(1),
    ]
)

# predict runs in inference: augmentation off, the same answer every time.
print(model.predict(image, verbose=0).round(4), model.predict(image, verbose=0).round(4))
#> [[0.1719]] [[0.1719]]
# A plain call counts as training for these layers: a new answer every time.
print(model(image).numpy().round(4), model(image).numpy().round(4))
#> [[0.227]] [[0.1243]]
# Outside predict, say so.
print(model(image, training=False).numpy().round(4))
#> [[0.1719]]
