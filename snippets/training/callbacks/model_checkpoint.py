import os
import tempfile

import tensorflow as tf
from toy_problem import toy_problem

x, y, model = toy_problem()
folder = tempfile.mkdtemp()
# Save the weights whenever val_loss improves; the epoch number goes into the file name.
checkpoint = tf.keras.callbacks.ModelCheckpoint(
    os.path.join(folder, "epoch{epoch:02d}.weights.h5"),
    monitor="val_loss",
    save_best_only=True,
    save_weights_only=True,
)
history = model.fit(x, y, epochs=8, validation_split=0.5, callbacks=[checkpoint], verbose=0)

print([round(v, 4) for v in history.history["val_loss"]])
#> [2.7156, 2.696, 2.6831, 2.6756, 2.6726, 2.6729, 2.6766, 2.6823]
saved = sorted(os.listdir(folder))
print(len(saved), "files:", saved[0], "...", saved[-1])  # one per improving epoch
#> 5 files: epoch01.weights.h5 ... epoch05.weights.h5

# The best epoch's weights, back in the model.
model.load_weights(os.path.join(folder, "epoch05.weights.h5"))
print(round(model.evaluate(x[20:], y[20:], verbose=0), 4))
#> 2.6726
