import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.normal(size=(240, 4)).astype("float32")
y = np.argmax(x @ np.random.normal(size=(4, 3)), axis=1)
batches = tf.data.Dataset.from_tensor_slices((x, y)).batch(32)

model = tf.keras.Sequential(
    [tf.keras.Input((4,)), tf.keras.layers.Dense(16, "relu"), tf.keras.layers.Dense(3)]
)
loss_fn = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
optimizer = tf.keras.optimizers.Adam(learning_rate=0.01)
mean_loss, accuracy = tf.keras.metrics.Mean(), tf.keras.metrics.SparseCategoricalAccuracy()


@tf.function  # one graph for the step, traced once
def train_step(xb, yb):
    with tf.GradientTape() as tape:
        logits = model(xb, training=True)  # training mode: Dropout and the like act
        loss = loss_fn(yb, logits)
    gradients = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(gradients, model.trainable_variables, strict=True))
    mean_loss.update_state(loss)  # metrics are updated by hand
    accuracy.update_state(yb, logits)


for epoch in range(3):
    for xb, yb in batches:
        train_step(xb, yb)
    print(epoch, round(float(mean_loss.result()), 4), round(float(accuracy.result()), 4))
    #> 0 0.8895 0.6375
    #> 1 0.6513 0.7792
    #> 2 0.488 0.8417
    mean_loss.reset_state(), accuracy.reset_state()  # each epoch reports its own mean
