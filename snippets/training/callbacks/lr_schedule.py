import tensorflow as tf
from toy_problem import toy_problem

x, y, model = toy_problem()
# Halve the learning rate every 2 epochs; the scheduler gets the epoch and the current rate.
schedule = tf.keras.callbacks.LearningRateScheduler(
    lambda epoch, rate: rate / 2 if epoch % 2 == 0 and epoch else rate
)
# ReduceLROnPlateau instead waits for the monitored value to stop improving.
plateau = tf.keras.callbacks.ReduceLROnPlateau(monitor="val_loss", factor=0.5, patience=1)
history = model.fit(x, y, epochs=6, validation_split=0.5, callbacks=[schedule], verbose=0)
print([round(rate, 6) for rate in history.history["learning_rate"]])
#> [0.003, 0.003, 0.0015, 0.0015, 0.00075, 0.00075]

x, y, model = toy_problem()
history = model.fit(x, y, epochs=10, validation_split=0.5, callbacks=[plateau], verbose=0)
print([round(v, 3) for v in history.history["val_loss"]])
#> [2.716, 2.696, 2.683, 2.676, 2.673, 2.673, 2.674, 2.675, 2.676, 2.676]
print([round(rate, 6) for rate in history.history["learning_rate"]])
#> [0.003, 0.003, 0.003, 0.003, 0.003, 0.003, 0.0015, 0.00075, 0.000375, 0.000188]
