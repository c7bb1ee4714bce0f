import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
# A batch of two 32x32 images, all 0 and all 1, with one-hot labels of classes 0 and 1.
images = np.stack([np.zeros((32, 32, 1)), np.ones((32, 32, 1))]).astype("float32")
labels = np.eye(2, dtype="float32")
batch = {"images": images, "labels": labels}

for layer in [tf.keras.layers.CutMix(seed=11), tf.keras.layers.MixUp(seed=11)]:
    out = layer(batch, training=True)
    print(type(layer).__name__, "labels:", out["labels"].numpy().astype(float).round(3).tolist())
    #> CutMix labels: [[0.392, 0.608], [0.191, 0.809]]
    #> MixUp labels: [[0.32, 0.68], [0.306, 0.694]]
    # Image i was all i: the mean distance from i is the other image's share.
    shares = [round(float(abs(out["images"][i] - i).numpy().mean()), 3) for i in (0, 1)]
    print("  other image's share of each image:", shares)
    #>   other image's share of each image: [0.61, 0.191]
    #>   other image's share of each image: [0.68, 0.306]
    same = layer(batch, training=False)
    print("  training=False unchanged:", np.allclose(same["labels"], labels))
    #>   training=False unchanged: True
    #>   training=False unchanged: True

# Given images only, the layer mixes them and returns no labels at all.
print(type(tf.keras.layers.CutMix(seed=11)(images, training=True)).__name__)
#> EagerTensor
