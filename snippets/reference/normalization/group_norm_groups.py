import numpy as np
import tensorflow as tf

x = np.random.default_rng(0).normal(size=(2, 5, 6)).astype("float32")  # 6 channels
layer = tf.keras.layers.GroupNormalization(groups=2)  # 2 groups of 3 channels
y = layer(x).numpy()

# Each sample's group (all steps, 3 channels) has mean 0 and variance 1.
groups = y.reshape(2, 5, 2, 3)
print(np.allclose(groups.mean(axis=(1, 3)), 0, atol=1e-5))
#> True
print(groups.var(axis=(1, 3)).round(2).tolist())
#> [[1.0, 1.0], [1.0, 1.0]]

# groups=1 normalizes all channels together; groups=6, each channel on its own.
for groups in [1, 6]:
    print(groups, tf.keras.layers.GroupNormalization(groups=groups)(x).shape)
    #> 1 (2, 5, 6)
    #> 6 (2, 5, 6)
