import tensorflow as tf

layers = tf.keras.layers


def count(inputs, conv, pool):
    x = pool(conv(inputs))
    x = layers.Dense(50, activation="relu")(layers.Flatten()(x))
    model = tf.keras.Model(inputs, layers.Dense(10, activation="softmax")(x))
    # Flatten's output size is what Dense(50) multiplies by 50.
    print(model.layers[3].output.shape, conv.count_params(), model.count_params())
    #> (None, 100) 850 6410
    #> (None, 1000) 100 50660


count(
    tf.keras.Input((28, 28)),
    layers.Conv1D(10, 3, padding="same"),
    layers.MaxPool1D(3, padding="same"),
)
count(
    tf.keras.Input((28, 28, 1)),
    layers.Conv2D(10, 3, padding="same"),
    layers.MaxPool2D(3, padding="same"),
)
