import numpy as np
import tensorflow as tf

dense = tf.keras.layers.Dense(2, kernel_constraint=tf.keras.regularizers.L2(0.01))
model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), dense])
model.compile(optimizer="sgd", loss="mse")

# Building works; the first training step fails when the optimizer applies the "constraint":
# a regularizer returns one number, and a (3, 2) kernel cannot be assigned a scalar.
try:
    model.fit(np.ones((4, 3)), np.zeros((4, 2)), epochs=1, verbose=0)
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    message = str(error)
    print(message.split(" in `")[0])  # the key part of a long message
    #> The shape of the target variable and the shape of the target value
    print(message.split("match. ")[1].split(" Target")[0])
    #> variable.shape=(3, 2), Received: value.shape=().
