import numpy as np
import tensorflow as tf

# A constraint is callable, so Keras accepts it as a regularizer without complaint...
dense = tf.keras.layers.Dense(
    2, kernel_initializer="ones", kernel_regularizer=tf.keras.constraints.MaxNorm(1.0)
)
model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), dense])

# ...but its "loss" is the projected kernel, a whole matrix, not one number.
loss = model.losses[0]
print(tuple(loss.shape), round(float(tf.reduce_sum(loss)), 4))
#> (3, 2) 3.4641

# fit adds the sum of that matrix, 6 × 1/√3, to the loss: a penalty nobody asked for.
x, y = np.zeros((2, 3)), np.zeros((2, 2))  # zero inputs and targets: the mse is 0
model.compile(optimizer=tf.keras.optimizers.SGD(0.0), loss="mse")
print(round(model.fit(x, y, verbose=0).history["loss"][0], 4))
#> 3.4641
