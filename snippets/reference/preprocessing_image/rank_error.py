import numpy as np
import tensorflow as tf

image = np.zeros((8, 8), dtype="float32")  # rank 2: no channel axis, no batch axis

try:
    tf.keras.layers.RandomFlip(seed=0)(image)
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    message = str(error).replace("\x1b[1m", "").replace("\x1b[0m", "")
    print(message.split("\n")[2].split(". ")[0])
    #> Expected image tensor to have rank 3 (single image) or 4 (batch of images)

# One image is (height, width, channels); a batch adds the first axis.
print(tuple(tf.keras.layers.RandomFlip(seed=0)(image[..., np.newaxis]).shape))
#> (8, 8, 1)
