import gc
import weakref

import tensorflow as tf

model = tf.keras.Sequential([tf.keras.Input(shape=(4,)), tf.keras.layers.Dense(3)])

# Weak references watch the variables without keeping them alive.
watchers = [weakref.ref(variable) for variable in model.variables]
print(len(watchers), sum(watcher() is not None for watcher in watchers))
#> 2 2

# Drop the only reference to the model: nothing else holds its variables.
del model
gc.collect()
print(sum(watcher() is not None for watcher in watchers))
#> 0
