import tensorflow as tf

layers = [
    (tf.keras.layers.Dropout(0.5), (10, 4)),
    (tf.keras.layers.SpatialDropout1D(0.5), (10, 4)),
    (tf.keras.layers.SpatialDropout2D(0.5), (8, 8, 4)),
    (tf.keras.layers.SpatialDropout3D(0.5), (4, 8, 8, 4)),
    (tf.keras.layers.GaussianNoise(0.1), (10, 4)),
    (tf.keras.layers.GaussianDropout(0.5), (10, 4)),
    (tf.keras.layers.AlphaDropout(0.5), (10, 4)),
    (tf.keras.layers.ActivityRegularization(l1=0.01), (10, 4)),
]
# None of them changes the shape or has weights.
for layer, shape in layers:
    outputs = layer(tf.keras.Input(shape=shape))
    print(f"{type(layer).__name__:22} {outputs.shape} parameters={layer.count_params()}")
    #> Dropout                (None, 10, 4) parameters=0
    #> SpatialDropout1D       (None, 10, 4) parameters=0
    #> SpatialDropout2D       (None, 8, 8, 4) parameters=0
    #> SpatialDropout3D       (None, 4, 8, 8, 4) parameters=0
    #> GaussianNoise          (None, 10, 4) parameters=0
    #> GaussianDropout        (None, 10, 4) parameters=0
    #> AlphaDropout           (None, 10, 4) parameters=0
    #> ActivityRegularization (None, 10, 4) parameters=0
