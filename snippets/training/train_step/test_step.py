import numpy as np
import tensorflow as tf

x = np.random.default_rng(0).normal(size=(240, 4)).astype("float32")
y = np.argmax(x @ np.random.default_rng(1).normal(size=(4, 3)), axis=1)


class Classifier(tf.keras.Model):  # built the Functional way below: only the step is new
    def test_step(self, data):  # evaluate and fit's validation call this one
        x, y = data
        y_pred = self(x, training=False)
        loss = self.compute_loss(x=x, y=y, y_pred=y_pred)
        for metric in self.metrics:  # compute_loss does not update the "loss" tracker
            metric.update_state(loss) if metric.name == "loss" else metric.update_state(y, y_pred)
        return {m.name: m.result() for m in self.metrics}


tf.keras.utils.set_random_seed(0)
inputs = tf.keras.Input((4,))
hidden = tf.keras.layers.Dense(16, "relu")(inputs)
model = Classifier(inputs, tf.keras.layers.Dense(3)(hidden))
loss = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
model.compile(optimizer=tf.keras.optimizers.Adam(0.01), loss=loss, metrics=["accuracy"])
stop = tf.keras.callbacks.EarlyStopping(monitor="val_loss", patience=1)  # callbacks still work
history = model.fit(x, y, epochs=3, validation_split=0.25, callbacks=[stop], verbose=0)
print(sorted(history.history))
#> ['accuracy', 'loss', 'val_accuracy', 'val_loss']
print(np.round(history.history["val_accuracy"], 3).tolist())
#> [0.433, 0.65, 0.733]
scores = model.evaluate(x, y, verbose=0, return_dict=True)
print({name: round(value, 3) for name, value in scores.items()})
#> {'accuracy': 0.788, 'loss': 0.713}
