import tensorflow as tf
from toy_problem import toy_problem


class Recorder(tf.keras.callbacks.Callback):
    """Counts batches and keeps the loss of each epoch; self.model is the model being fit."""

    def on_train_begin(self, logs=None):
        self.batches, self.losses = 0, []

    def on_train_batch_end(self, batch, logs=None):
        self.batches += 1

    def on_epoch_end(self, epoch, logs=None):
        self.losses.append(round(logs["loss"], 4))
        if logs["loss"] < 1.5:  # a callback can end training
            self.model.stop_training = True


x, y, model = toy_problem()
recorder = Recorder()
model.fit(x, y, epochs=20, batch_size=8, callbacks=[recorder], verbose=0)
print(recorder.batches, "batches,", len(recorder.losses), "epochs:", recorder.losses)
#> 30 batches, 6 epochs: [2.413, 2.1397, 1.9335, 1.7585, 1.6087, 1.4808]
