import inspect

import tensorflow as tf

names = ["Normalization", "Discretization", "MelSpectrogram", "STFTSpectrogram", "Pipeline"]
# One line per constructor argument: its default as Python writes it, or "required".
for name in names:
    layer_class = getattr(tf.keras.layers, name)
    for arg in inspect.signature(layer_class).parameters.values():
        if arg.kind in (arg.VAR_POSITIONAL, arg.VAR_KEYWORD):
            continue  # **kwargs: name, dtype and the other base Layer arguments
        default = "required" if arg.default is arg.empty else repr(arg.default)
        print(f"{name}.{arg.name} = {default}")
        #> Normalization.axis = -1
        #> Normalization.mean = None
        #> Normalization.variance = None
        #> Normalization.invert = False
        #> Discretization.bin_boundaries = None
        #> Discretization.num_bins = None
        #> Discretization.epsilon = 0.01
        #> Discretization.output_mode = 'int'
        #> Discretization.sparse = False
        #> Discretization.dtype = None
        #> Discretization.name = None
        #> MelSpectrogram.fft_length = 2048
        #> MelSpectrogram.sequence_stride = 512
        #> MelSpectrogram.sequence_length = None
        #> MelSpectrogram.window = 'hann'
        #> MelSpectrogram.sampling_rate = 16000
        #> MelSpectrogram.num_mel_bins = 128
        #> MelSpectrogram.min_freq = 20.0
        #> MelSpectrogram.max_freq = None
        #> MelSpectrogram.power_to_db = True
        #> MelSpectrogram.top_db = 80.0
        #> MelSpectrogram.mag_exp = 2.0
        #> MelSpectrogram.min_power = 1e-10
        #> MelSpectrogram.ref_power = 1.0
        #> STFTSpectrogram.mode = 'log'
        #> STFTSpectrogram.frame_length = 256
        #> STFTSpectrogram.frame_step = None
        #> STFTSpectrogram.fft_length = None
        #> STFTSpectrogram.window = 'hann'
        #> STFTSpectrogram.periodic = False
        #> STFTSpectrogram.scaling = 'density'
        #> STFTSpectrogram.padding = 'valid'
        #> STFTSpectrogram.expand_dims = False
        #> STFTSpectrogram.data_format = None
        #> Pipeline.layers = required
        #> Pipeline.name = None
