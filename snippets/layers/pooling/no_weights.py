import numpy as np
import tensorflow as tf

layers = tf.keras.layers
sequence = np.ones((2, 8, 3), dtype="float32")
image = np.ones((2, 6, 6, 3), dtype="float32")

# Called once, so each layer is built; none of them creates a weight.
for layer, x in [
    (layers.MaxPooling1D(), sequence),
    (layers.AveragePooling1D(pool_size=2), sequence),
    (layers.GlobalAveragePooling1D(), sequence),
    (layers.MaxPooling2D(), image),
    (layers.GlobalMaxPooling2D(), image),
]:
    layer(x)
    print(type(layer).__name__, len(layer.weights), layer.count_params())
    #> MaxPooling1D 0 0
    #> AveragePooling1D 0 0
    #> GlobalAveragePooling1D 0 0
    #> MaxPooling2D 0 0
    #> GlobalMaxPooling2D 0 0
