import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.normal(loc=5.0, scale=2.0, size=(64, 1)).astype("float32")
bn = tf.keras.layers.BatchNormalization()
bn.build((None, 1))

# A trainable layer called with training=True uses the batch statistics and updates its own.
print(round(float(np.mean(bn(x, training=True))), 2), round(float(bn.moving_mean[0]), 4))
#> 0.0 0.0503

# trainable=False does more than freeze gamma and beta: the layer runs in inference mode,
# even when called with training=True, and its moving statistics stay where they are.
bn.trainable = False
before = float(bn.moving_mean[0])
print(round(float(np.mean(bn(x, training=True))), 2), float(bn.moving_mean[0]) == before)
#> 4.89 True
print(np.allclose(bn(x, training=True), bn(x, training=False)))
#> True
