import numpy as np
import tensorflow as tf

x = np.array([[1.0, 2.0, 3.0], [0.0, 1.0, -1.0]], dtype="float32")
y = np.array([[1.0, 0.0], [0.0, 1.0]], dtype="float32")

inputs = tf.keras.Input(shape=(3,))
dense = tf.keras.layers.Dense(
    2,
    kernel_initializer="ones",
    kernel_regularizer=tf.keras.regularizers.L2(0.1),
    activity_regularizer=tf.keras.regularizers.L1(0.01),
)
model = tf.keras.Model(inputs, dense(inputs))
model.compile(optimizer=tf.keras.optimizers.SGD(0.0), loss="mse")  # lr 0: weights stay put

# The terms for this batch: the mean squared error plus every entry of model.losses.
y_pred = model(x)
mse = float(np.mean((y_pred.numpy() - y) ** 2))
terms = [round(float(loss), 4) for loss in model.losses]
print(round(mse, 4), terms, round(mse + sum(terms), 4))
#> 15.5 [0.06, 0.6] 16.16

# fit reports the same total for its one batch: the regularization terms are in the loss.
history = model.fit(x, y, batch_size=2, epochs=1, verbose=0)
print(round(history.history["loss"][0], 4))
#> 16.16
