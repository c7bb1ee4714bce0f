import inspect

import tensorflow as tf

# Model.compile's own jit_compile defaults to "auto", not to tf.function's None.
print(inspect.signature(tf.keras.Model.compile).parameters["jit_compile"].default)
#> auto

model = tf.keras.Sequential([tf.keras.Input((2,)), tf.keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")
# "auto" turns XLA on where it helps (a GPU or TPU); on a CPU-only machine it stays off.
print([d.device_type for d in tf.config.list_physical_devices()], model.jit_compile)
#> ['CPU'] False
