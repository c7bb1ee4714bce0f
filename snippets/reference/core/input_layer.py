import tensorflow as tf

# tf.keras.Input makes an InputLayer and returns its symbolic tensor.
inputs = tf.keras.Input(shape=(3,))
model = tf.keras.Model(inputs, tf.keras.layers.Dense(2)(inputs))
print(type(model.layers[0]).__name__, model.layers[0].batch_shape)
#> InputLayer (None, 3)

# In a Sequential model, an InputLayer first gives the model its input shape.
model = tf.keras.Sequential([tf.keras.layers.InputLayer(shape=(3,)), tf.keras.layers.Dense(2)])
print(model.input_shape, model.output_shape)
#> (None, 3) (None, 2)
print(model.count_params())
#> 8
