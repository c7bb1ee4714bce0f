import os
import tempfile

import numpy as np
import tensorflow as tf


def make_model():
    return tf.keras.Sequential([tf.keras.Input((8,)), tf.keras.layers.Dense(3)])


tf.keras.utils.set_random_seed(0)
x = np.random.normal(size=(32, 8)).astype("float32")
y = np.random.normal(size=(32, 3)).astype("float32")
model = make_model()
model.compile(optimizer="adam", loss="mse")
model.fit(x, y, epochs=2, verbose=0)

# A checkpoint saves the variables of the objects you name: here the optimizer's state too.
checkpoint = tf.train.Checkpoint(model=model, optimizer=model.optimizer)
path = checkpoint.save(os.path.join(tempfile.mkdtemp(), "ckpt"))
print(os.path.basename(path), int(model.optimizer.iterations))
#> ckpt-1 2

fresh = make_model()
fresh.compile(optimizer="adam", loss="mse")
fresh.optimizer.build(fresh.trainable_variables)  # create the slots to restore into
tf.train.Checkpoint(model=fresh, optimizer=fresh.optimizer).restore(path).assert_consumed()
print(np.allclose(model(x), fresh(x)), int(fresh.optimizer.iterations))
#> True 2
