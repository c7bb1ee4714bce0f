import numpy as np
import tensorflow as tf

x = np.array([[1.0, 10.0], [3.0, 20.0], [5.0, 30.0], [7.0, 40.0]], dtype="float32")
layer = tf.keras.layers.BatchNormalization()

# Training: each feature is normalized with the batch's own mean and variance...
y = layer(x, training=True).numpy()
print(y.mean(axis=0).round(4), y.std(axis=0).round(3))
#> [0. 0.] [1. 1.]

# ...and the moving statistics move 1% (1 - momentum) of the way towards them.
print(layer.moving_mean.numpy().round(4), layer.moving_variance.numpy().round(4))
#> [0.04 0.25] [1.04 2.24]
print(x.mean(axis=0), x.var(axis=0))
#> [ 4. 25.] [  5. 125.]

# Inference: the moving statistics are used, still near 0 and 1, so the values barely change.
print(layer(x, training=False).numpy().round(2))
'''
[[ 0.94  6.51]
 [ 2.9  13.19]
 [ 4.86 19.87]
 [ 6.82 26.55]]
'''
