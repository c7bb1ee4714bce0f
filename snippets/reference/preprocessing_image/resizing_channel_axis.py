import numpy as np
import tensorflow as tf

# Five grey 8x8 images, as sklearn's load_digits gives them: no channel axis.
digits = np.zeros((5, 8, 8), dtype="float32")
resize = tf.keras.layers.Resizing(16, 16)

# Rank 3 reads as ONE image of 5x8 pixels with 8 channels: the batch is gone.
print(tuple(resize(digits).shape))
#> (16, 16, 8)

# Add the channel axis first: five 16x16 images with 1 channel.
print(tuple(resize(digits[..., np.newaxis]).shape))
#> (5, 16, 16, 1)
