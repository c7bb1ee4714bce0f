import numpy as np
import tensorflow as tf

wave = np.zeros((1, 16000), dtype="float32")  # (batch, samples)

# STFTSpectrogram wants a channel axis: (batch, samples, channels).
try:
    tf.keras.layers.STFTSpectrogram()(wave)
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split(": ", 1)[1].split(". ")[0])
    #> expected ndim=3, found ndim=2
print(tf.keras.layers.STFTSpectrogram()(wave[..., None]).shape)
#> (1, 124, 129)

# MelSpectrogram wants none: (batch, samples). With one, it pads the wrong axis.
try:
    tf.keras.layers.MelSpectrogram()(wave[..., None])
except tf.errors.InvalidArgumentError as error:
    print(type(error).__name__)
    #> InvalidArgumentError
print(tf.keras.layers.MelSpectrogram()(wave).shape)
#> (1, 128, 32)
