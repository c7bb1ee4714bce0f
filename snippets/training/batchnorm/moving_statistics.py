import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.normal(loc=5.0, scale=2.0, size=(256, 1)).astype("float32")  # mean 5, std 2
bn = tf.keras.layers.BatchNormalization(momentum=0.9)
model = tf.keras.Sequential([tf.keras.Input((1,)), bn])
model.compile(optimizer=tf.keras.optimizers.SGD(0.0), loss="mse")  # gamma, beta stay
print(float(bn.moving_mean[0]), float(bn.moving_variance[0]))  # start: 0 and 1
#> 0.0 1.0

# fit calls the layer in training mode: it normalizes each batch by the batch's own
# statistics, and moves the moving statistics towards them after every batch.
model.fit(x, x * 0, batch_size=32, epochs=5, verbose=0)
print(round(float(bn.moving_mean[0]), 2), round(float(bn.moving_variance[0]), 2))
#> 5.0 3.7

# predict (inference mode) normalizes with the moving statistics instead.
out = model.predict(x, verbose=0)
print(round(float(out.mean()), 2), round(float(out.std()), 2))
#> 0.04 1.03
