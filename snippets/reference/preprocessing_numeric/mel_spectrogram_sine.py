import numpy as np
import tensorflow as tf


def sine(hertz, rate=16000):
    """One second of a pure tone, sampled `rate` times per second."""
    return np.sin(2 * np.pi * hertz * np.arange(rate) / rate).astype("float32")


rng = np.random.default_rng(0)
noise = 0.01 * rng.standard_normal(16000).astype("float32")
waves = np.stack([sine(500) + noise, sine(2000) + noise])  # (batch, samples)

mel = tf.keras.layers.MelSpectrogram()  # 16 kHz, 128 mel bins, a frame every 512 samples
spectra = mel(waves).numpy()
print(spectra.shape, mel.count_params())  # (batch, mel bins, frames)
#> (2, 128, 32) 0

# The loudest mel bin, averaged over the frames: a higher tone sits higher.
print(spectra.mean(axis=2).argmax(axis=1).tolist())
#> [25, 67]

# In a model: 16000 samples in, 128 x 32 out.
print(mel(tf.keras.Input(shape=(16000,))).shape)
#> (None, 128, 32)
