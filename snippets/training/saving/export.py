import os
import tempfile

import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.normal(size=(4, 8)).astype("float32")
model = tf.keras.Sequential(
    [tf.keras.Input((8,)), tf.keras.layers.Dense(16, "relu"), tf.keras.layers.Dense(3)]
)

# export writes a SavedModel: traced graphs and variables, runnable without the Python code.
folder = os.path.join(tempfile.mkdtemp(), "exported")
model.export(folder, verbose=False)
print(sorted(os.listdir(folder)))
#> ['assets', 'fingerprint.pb', 'saved_model.pb', 'variables']

# Plain TensorFlow: the graph is called through its "serve" endpoint.
reloaded = tf.saved_model.load(folder)
print(np.allclose(model(x), reloaded.serve(x)))
#> True

# Inside a new Keras model: TFSMLayer wraps the endpoint as a layer (inference only).
layer = tf.keras.layers.TFSMLayer(folder, call_endpoint="serve")
print(np.allclose(model(x), layer(x)), len(layer.trainable_weights))
#> True 4
