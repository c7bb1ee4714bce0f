import tensorflow as tf

print(tf.keras.backend.backend())
#> tensorflow

# Each wrapper needs another framework, which this site does not install.
wrappers = {
    "JaxLayer": lambda: tf.keras.layers.JaxLayer(lambda x: x),
    "FlaxLayer": lambda: tf.keras.layers.FlaxLayer(None),
    "TorchModuleWrapper": lambda: tf.keras.layers.TorchModuleWrapper(None),
}
for name, make in wrappers.items():
    try:
        make()
    except ImportError as e:
        print(name, type(e).__name__, str(e).split(".")[0])
        #> JaxLayer ImportError This requires the jax module
        #> FlaxLayer ModuleNotFoundError No module named 'flax'
        #> TorchModuleWrapper ModuleNotFoundError No module named 'torch'
