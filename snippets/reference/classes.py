import inspect

import tensorflow as tf

# Every public layer class of tf.keras.layers, once (aliases such as MaxPool2D name the
# same class), with its family: the package under keras.src.layers it comes from.
classes = {}
for name, value in vars(tf.keras.layers).items():
    if inspect.isclass(value) and issubclass(value, tf.keras.layers.Layer):
        classes.setdefault(value, []).append(name)

print(len(classes), "classes")
#> 146 classes
for cls, names in sorted(classes.items(), key=lambda item: item[0].__name__.lower()):
    # The exported name a reader types: the class's own, or its export (GroupQueryAttention).
    name = cls.__name__ if cls.__name__ in names else sorted(names)[0]
    parts = cls.__module__.split(".")
    family = parts[3] if parts[:3] == ["keras", "src", "layers"] else ".".join(parts[2:])
    print(name, family, *sorted(set(names) - {name}))
    #> Activation activations
    #> ActivityRegularization regularization
    #> AdaptiveAveragePooling1D pooling
    #> AdaptiveAveragePooling2D pooling
    #> AdaptiveAveragePooling3D pooling
    #> AdaptiveMaxPooling1D pooling
    #> AdaptiveMaxPooling2D pooling
    #> AdaptiveMaxPooling3D pooling
    #> Add merging
    #> AdditiveAttention attention
    #> AlphaDropout legacy.layers
    #> Attention attention
    #> AugMix preprocessing
    #> AutoContrast preprocessing
    #> Average merging
    #> AveragePooling1D pooling AvgPool1D
    #> AveragePooling2D pooling AvgPool2D
    #> AveragePooling3D pooling AvgPool3D
    #> BatchNormalization normalization
    #> Bidirectional rnn
    #> CategoryEncoding preprocessing
    #> CenterCrop preprocessing
    #> Concatenate merging
    #> ContrastLimitedAdaptiveHistogramEqualization preprocessing
    #> Conv1D convolutional Convolution1D
    #> Conv1DTranspose convolutional Convolution1DTranspose
    #> Conv2D convolutional Convolution2D
    #> Conv2DTranspose convolutional Convolution2DTranspose
    #> Conv3D convolutional Convolution3D
    #> Conv3DTranspose convolutional Convolution3DTranspose
    #> ConvLSTM1D rnn
    #> ConvLSTM2D rnn
    #> ConvLSTM3D rnn
    #> Cropping1D reshaping
    #> Cropping2D reshaping
    #> Cropping3D reshaping
    #> CutMix preprocessing
    #> Dense core
    #> DepthwiseConv1D convolutional
    #> DepthwiseConv2D convolutional
    #> Discretization preprocessing
    #> Dot merging
    #> Dropout regularization
    #> EinsumDense core
    #> ELU activations
    #> Embedding core
    #> Equalization preprocessing
    #> Flatten reshaping
    #> FlaxLayer utils.jax_layer
    #> GaussianDropout regularization
    #> GaussianNoise regularization
    #> GlobalAveragePooling1D pooling GlobalAvgPool1D
    #> GlobalAveragePooling2D pooling GlobalAvgPool2D
    #> GlobalAveragePooling3D pooling GlobalAvgPool3D
    #> GlobalMaxPooling1D pooling GlobalMaxPool1D
    #> GlobalMaxPooling2D pooling GlobalMaxPool2D
    #> GlobalMaxPooling3D pooling GlobalMaxPool3D
    #> GroupQueryAttention attention
    #> GroupNormalization normalization
    #> GRU rnn
    #> GRUCell rnn
    #> HashedCrossing preprocessing
    #> Hashing preprocessing
    #> Identity core
    #> InputLayer core
    #> IntegerLookup preprocessing
    #> JaxLayer utils.jax_layer
    #> Lambda core
    #> Layer layer
    #> LayerNormalization normalization
    #> LeakyReLU activations
    #> LSTM rnn
    #> LSTMCell rnn
    #> Masking core
    #> Maximum merging
    #> MaxNumBoundingBoxes preprocessing
    #> MaxPooling1D pooling MaxPool1D
    #> MaxPooling2D pooling MaxPool2D
    #> MaxPooling3D pooling MaxPool3D
    #> MelSpectrogram preprocessing
    #> Minimum merging
    #> MixUp preprocessing
    #> MultiHeadAttention attention
    #> Multiply merging
    #> Normalization preprocessing
    #> Permute reshaping
    #> Pipeline preprocessing
    #> PReLU activations
    #> RandAugment preprocessing
    #> RandomBrightness preprocessing
    #> RandomColorDegeneration preprocessing
    #> RandomColorJitter preprocessing
    #> RandomContrast preprocessing
    #> RandomCrop preprocessing
    #> RandomElasticTransform preprocessing
    #> RandomErasing preprocessing
    #> RandomFlip preprocessing
    #> RandomGaussianBlur preprocessing
    #> RandomGrayscale preprocessing
    #> RandomHeight legacy.layers
    #> RandomHue preprocessing
    #> RandomInvert preprocessing
    #> RandomPerspective preprocessing
    #> RandomPosterization preprocessing
    #> RandomRotation preprocessing
    #> RandomSaturation preprocessing
    #> RandomSharpness preprocessing
    #> RandomShear preprocessing
    #> RandomTranslation preprocessing
    #> RandomWidth legacy.layers
    #> RandomZoom preprocessing
    #> ReLU activations
    #> RepeatVector reshaping
    #> Rescaling preprocessing
    #> Reshape reshaping
    #> Resizing preprocessing
    #> ReversibleEmbedding core
    #> RMSNormalization normalization
    #> RNN rnn
    #> SeparableConv1D convolutional SeparableConvolution1D
    #> SeparableConv2D convolutional SeparableConvolution2D
    #> SimpleRNN rnn
    #> SimpleRNNCell rnn
    #> Softmax activations
    #> Solarization preprocessing
    #> SpatialDropout1D regularization
    #> SpatialDropout2D regularization
    #> SpatialDropout3D regularization
    #> SpectralNormalization normalization
    #> StackedRNNCells rnn
    #> STFTSpectrogram preprocessing
    #> StringLookup preprocessing
    #> Subtract merging
    #> TextVectorization preprocessing
    #> TFSMLayer export.tfsm_layer
    #> ThresholdedReLU legacy.layers
    #> TimeDistributed rnn
    #> TorchModuleWrapper utils.torch_utils
    #> UnitNormalization normalization
    #> UpSampling1D reshaping
    #> UpSampling2D reshaping
    #> UpSampling3D reshaping
    #> Wrapper core
    #> ZeroPadding1D reshaping
    #> ZeroPadding2D reshaping
    #> ZeroPadding3D reshaping
