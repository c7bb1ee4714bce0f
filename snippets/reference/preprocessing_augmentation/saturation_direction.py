import numpy as np
import tensorflow as tf

# 64 random colour images; saturation measured as max - min over the channels.
images = np.random.default_rng(0).uniform(0, 255, (64, 8, 8, 3)).astype("float32")


def saturation(x):
    x = np.asarray(x)
    return (x.max(axis=-1) - x.min(axis=-1)).mean(axis=(1, 2))


# One number: the factor is drawn from [0, 0.5], and 0.5 is "no change".
for factor in [0.5, (0.3, 0.7)]:
    layer = tf.keras.layers.RandomSaturation(factor, seed=1)
    ratio = saturation(layer(images)) / saturation(images)
    print(factor, "more saturated:", int((ratio > 1.01).sum()), "of 64")
    #> 0.5 more saturated: 0 of 64
    #> (0.3, 0.7) more saturated: 31 of 64
