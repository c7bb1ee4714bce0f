import numpy as np
import tensorflow as tf

# Meant: samples of 10 features, trained in batches of 32. Wrong: 32 put in shape=.
wrong = tf.keras.Input(shape=(32, 10))
print(wrong.shape)  # an extra axis of 32, and the batch axis still in front
#> (None, 32, 10)
model = tf.keras.Model(wrong, tf.keras.layers.Dense(1)(wrong))
print(model.output_shape)
#> (None, 32, 1)

# Defining the model worked; a real batch of 32 samples × 10 features is refused.
batch = np.zeros((32, 10), dtype="float32")
try:
    model(batch)
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split("layer: ")[1])
    #> expected shape=(None, 32, 10), found shape=(32, 10)

# Right: shape= is one sample; the batch size comes with the data.
right = tf.keras.Input(shape=(10,))
model = tf.keras.Model(right, tf.keras.layers.Dense(1)(right))
print(right.shape, model(batch).shape)
#> (None, 10) (32, 1)
