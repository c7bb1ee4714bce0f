import tensorflow as tf

# Lambda wraps a function without weights as a layer.
double = tf.keras.layers.Lambda(lambda x: 2 * x)
print(double(tf.constant([[1.0, 2.0]])).numpy().tolist())
#> [[2.0, 4.0]]
print(double(tf.keras.Input(shape=(5, 3))).shape)
#> (None, 5, 3)
print(double.count_params())
#> 0
