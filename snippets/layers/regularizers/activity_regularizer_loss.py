import numpy as np
import tensorflow as tf

layer = tf.keras.layers.Dense(
    2,
    kernel_initializer="ones",
    activity_regularizer=tf.keras.regularizers.L2(0.01),
)
layer.build((None, 3))
print(len(layer.losses))  # built, but not called: no output yet, so no term
#> 0

for x in [np.array([[1.0, 2.0, 3.0]]), np.array([[1.0, 2.0, 3.0], [0.0, 0.0, 1.0]])]:
    y = layer(x).numpy()
    by_hand = 0.01 * np.sum(y**2) / len(x)  # Keras divides by the batch size
    # Each call replaces the previous term: there is still only one.
    print(len(layer.losses), round(float(layer.losses[0]), 4), round(float(by_hand), 4))
    #> 1 0.72 0.72
    #> 1 0.37 0.37
