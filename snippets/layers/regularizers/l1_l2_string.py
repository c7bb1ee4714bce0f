import tensorflow as tf

# "l1_l2" was a name in Keras 2; Keras 3 does not know it.
try:
    tf.keras.layers.Dense(2, kernel_regularizer="l1_l2")
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(error)
    #> Could not interpret regularizer identifier: l1_l2

# "l1l2" is accepted, but it builds L1L2() whose strengths are both 0: no penalty at all.
layer = tf.keras.layers.Dense(2, kernel_initializer="ones", kernel_regularizer="l1l2")
layer.build((None, 3))
print(layer.kernel_regularizer.get_config(), float(layer.losses[0]))
#> {'l1': 0.0, 'l2': 0.0} 0.0

# Say the strengths: L1L2(l1=..., l2=...), or the strings "l1" / "l2" (0.01 each).
layer = tf.keras.layers.Dense(
    2, kernel_initializer="ones", kernel_regularizer=tf.keras.regularizers.L1L2(l1=0.01, l2=0.01)
)
layer.build((None, 3))
print(round(float(layer.losses[0]), 4))  # 0.01 · 6 + 0.01 · 6
#> 0.12
