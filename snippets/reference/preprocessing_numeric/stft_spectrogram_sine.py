import numpy as np
import tensorflow as tf

rate, hertz = 16000, 1000
t = np.arange(rate) / rate
wave = np.sin(2 * np.pi * hertz * t).astype("float32")[None, :, None]  # (1, 16000, 1)

stft = tf.keras.layers.STFTSpectrogram(frame_length=256, frame_step=128)
spectrum = stft(wave).numpy()
print(spectrum.shape)  # (batch, frames, fft_length // 2 + 1)
#> (1, 124, 129)

# Bin k is the frequency k * rate / fft_length: 1000 Hz is bin 16.
print(spectrum[0].mean(axis=0).argmax(), hertz * 256 // rate)
#> 16 16

# The transform is two convolution kernels (real and imaginary), trainable by default.
print(stft.count_params(), len(stft.trainable_weights))
#> 66048 2
stft.trainable = False  # a fixed transform, as in signal processing
print(len(stft.trainable_weights), len(stft.non_trainable_weights))
#> 0 2
