import numpy as np
import tensorflow as tf

x = np.random.default_rng(0).normal(size=(240, 4)).astype("float32")
y = np.argmax(x @ np.random.default_rng(1).normal(size=(4, 3)), axis=1)
loss_fn = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)


def new_model():
    tf.keras.utils.set_random_seed(0)  # the same starting weights for both
    return tf.keras.Sequential([tf.keras.Input((4,)), tf.keras.layers.Dense(3)])


# fit, with the batches in order (fit shuffles by default, the loop below does not).
model = new_model()
model.compile(optimizer=tf.keras.optimizers.SGD(0.1), loss=loss_fn)
by_fit = model.fit(x, y, batch_size=32, epochs=3, shuffle=False, verbose=0).history["loss"]

# The same steps by hand.
model, optimizer = new_model(), tf.keras.optimizers.SGD(0.1)
by_hand = []
for _ in range(3):  # epochs
    losses, sizes = [], []
    for start in range(0, 240, 32):
        with tf.GradientTape() as tape:
            loss = loss_fn(y[start : start + 32], model(x[start : start + 32], training=True))
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables, strict=True))
        losses.append(float(loss)), sizes.append(len(y[start : start + 32]))
    # fit reports the mean over the epoch's samples: the last, smaller batch weighs less.
    by_hand.append(np.average(losses, weights=sizes))
print(np.round(by_fit, 4).tolist())
#> [1.0615, 0.8581, 0.7275]
print(np.round(by_hand, 4).tolist())
#> [1.0615, 0.8581, 0.7275]
