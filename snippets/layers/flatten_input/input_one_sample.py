import tensorflow as tf

# shape= describes ONE sample: 20 steps of 10 features. No batch size in it.
inputs = tf.keras.Input(shape=(20, 10))
print(inputs.shape)
#> (None, 20, 10)

# Keras puts the batch axis first and leaves it open (None): any batch size fits.
print(len(inputs.shape), inputs.shape[0])
#> 3 None

# batch_size= fixes that first axis instead.
fixed = tf.keras.Input(shape=(20, 10), batch_size=32)
print(fixed.shape)
#> (32, 20, 10)

# The result is a symbolic tensor: a shape and a dtype, no values.
print(type(inputs).__name__, inputs.dtype)
#> KerasTensor float32
