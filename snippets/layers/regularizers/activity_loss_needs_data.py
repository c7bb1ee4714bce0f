import numpy as np
import tensorflow as tf

inputs = tf.keras.Input(shape=(3,))
dense = tf.keras.layers.Dense(
    2,
    kernel_initializer="ones",
    kernel_regularizer=tf.keras.regularizers.L2(0.1),
    activity_regularizer=tf.keras.regularizers.L2(0.1),
)
model = tf.keras.Model(inputs, dense(inputs))

# The model is built, but it has only seen a symbolic input: no activity term yet.
print([round(float(loss), 4) for loss in model.losses])
#> [0.6]

model(np.array([[1.0, 0.0, 0.0]]))  # a real batch: now the output's term is there
print([round(float(loss), 4) for loss in model.losses])
#> [0.2, 0.6]
