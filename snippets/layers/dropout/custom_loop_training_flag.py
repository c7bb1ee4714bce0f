import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.ones((4, 6), dtype="float32")
model = tf.keras.Sequential([tf.keras.Input(shape=(6,)), tf.keras.layers.Dropout(0.5)])
loss_fn = tf.keras.losses.MeanSquaredError()

# In your own training loop nothing sets training=True for you.
# (This only computes the two losses; a loop that trains is on the custom loop page.)
forgot = loss_fn(x, model(x))  # inference mode: no dropout, loss 0
right = loss_fn(x, model(x, training=True))  # training mode: loss 1
print(float(forgot), float(right))
#> 0.0 1.0
