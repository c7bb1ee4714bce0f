import numpy as np
import tensorflow as tf

L = tf.keras.layers
tf.keras.utils.set_random_seed(0)
image = np.random.default_rng(0).uniform(0, 255, (1, 8, 8, 3)).astype("float32")

# Fixed seeds; factors chosen so that each layer visibly acts on this image.
layers = [
    L.RandomBrightness(0.2, seed=1),
    L.RandomContrast(0.5, seed=1),
    L.RandomColorDegeneration(0.5, seed=1),
    L.RandomColorJitter(brightness_factor=0.2, hue_factor=0.2, seed=1),
    L.RandomHue(0.5, seed=1),
    L.RandomSaturation(0.5, seed=1),
    L.RandomSharpness(0.5, seed=1),
    L.RandomGrayscale(1.0, seed=1),
    L.RandomInvert((1.0, 1.0), seed=1),
    L.RandomPosterization(4, seed=1),
    L.Solarization(threshold_factor=0.5, seed=1),
]
# Per layer: output shape, weights, changed with training=True, with training=False.
for layer in layers:
    trained = layer(image, training=True)
    inferred = layer(image, training=False)
    name = type(layer).__name__
    changed = not np.allclose(trained, image), not np.allclose(inferred, image)
    print(name, trained.shape, layer.count_params(), *changed)
    #> RandomBrightness (1, 8, 8, 3) 0 True False
    #> RandomContrast (1, 8, 8, 3) 0 True False
    #> RandomColorDegeneration (1, 8, 8, 3) 0 True False
    #> RandomColorJitter (1, 8, 8, 3) 0 True False
    #> RandomHue (1, 8, 8, 3) 0 True False
    #> RandomSaturation (1, 8, 8, 3) 0 True False
    #> RandomSharpness (1, 8, 8, 3) 0 True False
    #> RandomGrayscale (1, 8, 8, 3) 0 True False
    #> RandomInvert (1, 8, 8, 3) 0 True False
    #> RandomPosterization (1, 8, 8, 3) 0 True False
    #> Solarization (1, 8, 8, 3) 0 True False
