import numpy as np
import tensorflow as tf

x = np.random.default_rng(0).normal(size=(300, 4)).astype("float32")
y = np.argmax(x @ np.random.default_rng(1).normal(size=(4, 3)), axis=1)
loss = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)

# The string "adam" is Adam with its default learning rate.
print(round(float(tf.keras.optimizers.get("adam").learning_rate), 6))
#> 0.001

for rate in [0.001, 0.01, 0.1]:
    tf.keras.utils.set_random_seed(0)  # the same starting weights for each rate
    model = tf.keras.Sequential([tf.keras.Input((4,)), tf.keras.layers.Dense(3)])
    model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=rate), loss=loss)
    history = model.fit(x, y, epochs=5, verbose=0)
    print(rate, np.round(history.history["loss"], 3).tolist())
    #> 0.001 [1.158, 1.14, 1.122, 1.105, 1.089]
    #> 0.01 [1.092, 0.939, 0.821, 0.729, 0.657]
    #> 0.1 [0.722, 0.32, 0.237, 0.197, 0.176]
