import warnings

import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.ones((4, 6), dtype="float32")

# A model that is only Dropout: without dropout it returns x, so the loss against x is 0.
model = tf.keras.Sequential([tf.keras.Input(shape=(6,)), tf.keras.layers.Dropout(0.5)])
model.compile(loss="mse")
# fit would warn that this model has no weights to train; here that is the point.
warnings.filterwarnings("ignore", "The model does not have any trainable weights")

# fit trains in training mode: every value becomes 0 or 2, each off by 1, so the loss is 1.
history = model.fit(x, x, epochs=1, verbose=0)
print(history.history["loss"])
#> [1.0]

# evaluate, predict and a plain call run in inference mode: nothing is dropped.
print(model.evaluate(x, x, verbose=0))
#> 0.0
print(np.array_equal(model.predict(x, verbose=0), x))
#> True
print(np.array_equal(model(x).numpy(), x))
#> True
