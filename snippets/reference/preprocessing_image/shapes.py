import numpy as np
import tensorflow as tf

layers = tf.keras.layers
images = np.zeros((1, 8, 8, 3), dtype="float32")  # one 8x8 RGB image

# Output shape of the layers that resize or crop; none of them has weights.
for layer in [
    layers.Rescaling(1 / 255),
    layers.Resizing(4, 4),
    layers.CenterCrop(4, 6),
    layers.RandomCrop(6, 6, seed=0),
]:
    outputs = layer(images, training=True)
    print(type(layer).__name__, tuple(outputs.shape), len(layer.weights))
    #> Rescaling (1, 8, 8, 3) 0
    #> Resizing (1, 4, 4, 3) 0
    #> CenterCrop (1, 4, 6, 3) 0
    #> RandomCrop (1, 6, 6, 3) 0
