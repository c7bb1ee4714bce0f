import numpy as np
import tensorflow as tf

layers = tf.keras.layers
image = np.random.default_rng(0).uniform(size=(1, 8, 8, 3)).astype("float32")

# Each layer with a seed: changes the image in training, returns it in inference.
for layer in [
    layers.RandomFlip(seed=0),
    layers.RandomRotation(0.2, seed=0),
    layers.RandomZoom(0.3, seed=0),
    layers.RandomTranslation(0.2, 0.2, seed=0),
    layers.RandomShear(0.3, 0.3, seed=0),
    layers.RandomPerspective(seed=0),
    layers.RandomElasticTransform(seed=0, value_range=(0, 1)),
]:
    trained = layer(image, training=True).numpy()
    inferred = layer(image, training=False).numpy()
    changed = not np.allclose(trained, image)
    print(f"{type(layer).__name__}: changed {changed}, unchanged {np.allclose(inferred, image)}")
    #> RandomFlip: changed True, unchanged True
    #> RandomRotation: changed True, unchanged True
    #> RandomZoom: changed True, unchanged True
    #> RandomTranslation: changed True, unchanged True
    #> RandomShear: changed True, unchanged True
    #> RandomPerspective: changed True, unchanged True
    #> RandomElasticTransform: changed True, unchanged True
