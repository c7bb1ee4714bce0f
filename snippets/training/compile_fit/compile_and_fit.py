import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
# 300 samples, 4 features, 3 classes: the class is the largest of three sums of features.
x = np.random.normal(size=(300, 4)).astype("float32")
y = np.argmax(x @ np.random.normal(size=(4, 3)), axis=1)  # integer labels 0, 1, 2

model = tf.keras.Sequential(
    [tf.keras.Input((4,)), tf.keras.layers.Dense(16, "relu"), tf.keras.layers.Dense(3)]
)
model.compile(
    optimizer=tf.keras.optimizers.Adam(learning_rate=0.01),  # how weights move
    loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True),  # what is minimized
    metrics=["accuracy"],  # what is reported, not trained on
)
# The last 20% of x and y are held out for validation, before any shuffling.
history = model.fit(x, y, batch_size=32, epochs=5, validation_split=0.2, verbose=0)

print(sorted(history.history))
#> ['accuracy', 'loss', 'val_accuracy', 'val_loss']
for name in ["loss", "val_accuracy"]:
    print(name, np.round(history.history[name], 3).tolist())
    #> loss [1.061, 0.818, 0.657, 0.523, 0.412]
    #> val_accuracy [0.617, 0.8, 0.783, 0.833, 0.85]
print(len(history.epoch), "epochs,", int(np.ceil(240 / 32)), "batches each")
#> 5 epochs, 8 batches each
