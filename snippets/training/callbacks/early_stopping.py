import numpy as np
import tensorflow as tf
from toy_problem import toy_problem

x, y, model = toy_problem()
stop = tf.keras.callbacks.EarlyStopping(monitor="val_loss", patience=3, restore_best_weights=True)
history = model.fit(x, y, epochs=100, validation_split=0.5, callbacks=[stop], verbose=0)

val_loss = history.history["val_loss"]
best = int(np.argmin(val_loss))
# It ran until 3 epochs in a row brought no improvement, then stopped.
print(
    len(val_loss), "epochs run; best epoch", best + 1, "; stopped at epoch", stop.stopped_epoch + 1
)
#> 8 epochs run; best epoch 5 ; stopped at epoch 8
# restore_best_weights: the model now holds the best epoch's weights, not the last epoch's.
print(round(val_loss[best], 4), round(val_loss[-1], 4))
#> 2.6726 2.6823
print(round(model.evaluate(x[20:], y[20:], verbose=0), 4))
#> 2.6726
