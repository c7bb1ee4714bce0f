import numpy as np
import tensorflow as tf

images = np.random.default_rng(0).uniform(0, 255, (4, 8, 8, 3)).astype("float32")
dataset = tf.data.Dataset.from_tensor_slices(images).batch(2)

# A layer created inside the mapped function: its random state is a variable,
# and a traced function may not create one.
try:
    dataset.map(lambda x: tf.keras.layers.RandomFlip(seed=1)(x, training=True))
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).splitlines()[-1].split(": ", 1)[1].split(". ")[0])
    #> tf.function only supports singleton tf.Variables created on the first call

# Create the layer once, outside; the function only calls it.
flip = tf.keras.layers.RandomFlip(seed=1)
flipped = dataset.map(lambda x: flip(x, training=True))
print(next(iter(flipped)).shape)
#> (2, 8, 8, 3)
