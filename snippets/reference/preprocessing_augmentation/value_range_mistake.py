import numpy as np
import tensorflow as tf

L = tf.keras.layers
tf.keras.utils.set_random_seed(0)
# An image already scaled to [0, 1], but the layers left at value_range=(0, 255).
image = np.random.default_rng(0).uniform(0, 1, (1, 8, 8, 3)).astype("float32")

for make, factor in [(L.RandomBrightness, 0.2), (L.RandomInvert, (1.0, 1.0))]:
    wrong = make(factor, seed=1)(image).numpy()
    right = make(factor, value_range=(0, 1), seed=1)(image).numpy()
    print(
        f"{make.__name__}: default {wrong.min():.2f} to {wrong.max():.2f},",
        f"(0, 1) {right.min():.2f} to {right.max():.2f}",
    )
    #> RandomBrightness: default 38.61 to 39.60, (0, 1) 0.15 to 1.00
    #> RandomInvert: default 254.00 to 255.00, (0, 1) 0.00 to 1.00
wrong = L.RandomPosterization(4, seed=1)(image).numpy()
print("RandomPosterization default: all zero", (wrong == 0).all())
#> RandomPosterization default: all zero True

# A value_range that is not two numbers: RandomBrightness refuses it at once.
try:
    L.RandomBrightness(0.2, value_range=(1,))
except ValueError as error:
    print(type(error).__name__, str(error).split(". ")[0])
    #> ValueError The `value_range` argument should be a list of two numbers
