import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.normal(size=(300, 4)).astype("float32")
y = np.argmax(x @ np.random.normal(size=(4, 3)), axis=1)
model = tf.keras.Sequential([tf.keras.Input((4,)), tf.keras.layers.Dense(3)])
model.compile(
    optimizer="adam", loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
)

# validation_split=0.2 holds out the *last* 60 samples; fit never trains on them.
history = model.fit(x, y, epochs=3, validation_split=0.2, verbose=0)
print(round(history.history["val_loss"][-1], 4))
#> 1.2246
print(round(model.evaluate(x[240:], y[240:], verbose=0), 4))  # the same samples, same loss
#> 1.2246

# validation_data names the held-out samples yourself (use it when the data is sorted).
history = model.fit(x[:240], y[:240], epochs=1, validation_data=(x[240:], y[240:]), verbose=0)
print(sorted(history.history))
#> ['loss', 'val_loss']
