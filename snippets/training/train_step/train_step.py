import numpy as np
import tensorflow as tf

x = np.random.default_rng(0).normal(size=(240, 4)).astype("float32")
y = np.argmax(x @ np.random.default_rng(1).normal(size=(4, 3)), axis=1)


class Classifier(tf.keras.Model):  # built the Functional way below: only the step is new
    def train_step(self, data):  # one batch; fit calls it, inside its own tf.function
        x, y = data
        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = self.compute_loss(x=x, y=y, y_pred=y_pred)  # compile's loss (+ model.losses)
        gradients = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply_gradients(zip(gradients, self.trainable_variables, strict=True))
        for metric in self.metrics:  # the loss tracker ("loss"), then compile's metrics
            metric.update_state(loss) if metric.name == "loss" else metric.update_state(y, y_pred)
        return {m.name: m.result() for m in self.metrics}


tf.keras.utils.set_random_seed(0)
inputs = tf.keras.Input((4,))
hidden = tf.keras.layers.Dense(16, "relu")(inputs)
model = Classifier(inputs, tf.keras.layers.Dense(3)(hidden))
loss = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
model.compile(optimizer=tf.keras.optimizers.Adam(0.01), loss=loss, metrics=["accuracy"])
history = model.fit(x, y, epochs=3, verbose=0)
print(sorted(history.history))
#> ['accuracy', 'loss']
print(np.round(history.history["accuracy"], 3).tolist())
#> [0.329, 0.604, 0.804]
