import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
# A batch of two 32x32 images, all 0 and all 1, with one-hot labels of classes 0 and 1.
images = np.stack([np.zeros((32, 32, 1)), np.ones((32, 32, 1))]).astype("float32")
labels = np.eye(2, dtype="float32")
batch = {"images": images, "labels": labels}

layers = [tf.keras.layers.CutMix(seed=11), tf.keras.layers.MixUp(seed=11)]
for layer in layers:
    out = layer(batch, training=True)
    mixed = out["labels"].numpy().astype(float).round(3).tolist()
    # Image i was all i: its mean distance from i is the other image's share.
    shares = [round(float(abs(out["images"][i] - i).numpy().mean()), 3) for i in (0, 1)]
    print(type(layer).__name__, "labels", mixed, "shares", shares)
    #> CutMix labels [[0.392, 0.608], [0.191, 0.809]] shares [0.61, 0.191]
    #> MixUp labels [[0.32, 0.68], [0.306, 0.694]] shares [0.68, 0.306]
off = [layer(batch, training=False) for layer in layers]
unchanged = [all(np.allclose(out[key], batch[key]) for key in batch) for out in off]
print("training=False, images and labels unchanged:", unchanged)
#> training=False, images and labels unchanged: [True, True]

# Given images only, it mixes them the same way but has no labels to mix.
alone = tf.keras.layers.CutMix(seed=11)(images, training=True)
print(type(alone).__name__, [round(float(abs(alone[i] - i).numpy().mean()), 3) for i in (0, 1)])
#> EagerTensor [0.61, 0.191]
