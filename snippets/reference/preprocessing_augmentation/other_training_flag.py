import numpy as np
import tensorflow as tf

L = tf.keras.layers
tf.keras.utils.set_random_seed(0)
image = np.random.default_rng(0).uniform(0, 255, (1, 8, 8, 3)).astype("float32")

# The random blur, erasing and policy layers, and the three without randomness.
layers = [
    L.RandomGaussianBlur(seed=1),
    L.RandomErasing(seed=1),
    L.RandAugment(seed=1),
    L.AugMix(seed=1),
    L.AutoContrast(),
    L.Equalization(),
    L.ContrastLimitedAdaptiveHistogramEqualization(tile_grid_size=(2, 2)),
]
# Per layer: output shape, weights, changed with training=True, with training=False.
for layer in layers:
    trained = layer(image, training=True)
    inferred = layer(image, training=False)
    name = type(layer).__name__
    changed = not np.allclose(trained, image), not np.allclose(inferred, image)
    print(name, trained.shape, layer.count_params(), *changed)
    #> RandomGaussianBlur (1, 8, 8, 3) 0 True False
    #> RandomErasing (1, 8, 8, 3) 0 True False
    #> RandAugment (1, 8, 8, 3) 0 True False
    #> AugMix (1, 8, 8, 3) 0 True False
    #> AutoContrast (1, 8, 8, 3) 0 True True
    #> Equalization (1, 8, 8, 3) 0 True False
    #> ContrastLimitedAdaptiveHistogramEqualization (1, 8, 8, 3) 0 True True
