import tensorflow as tf


def build_model(image_shape):
    """The corrected CNN from the layer reference, for images of any height × width."""
    inputs = tf.keras.Input(image_shape)  # each image: rows as steps, pixels as features
    x = tf.keras.layers.Dropout(0.2)(inputs)
    x = tf.keras.layers.Conv1D(10, 3, padding="same", activation="relu")(x)
    x = tf.keras.layers.MaxPool1D(3, padding="same")(x)
    x = tf.keras.layers.Flatten()(x)
    x = tf.keras.layers.Dense(50, activation="relu")(x)
    outputs = tf.keras.layers.Dense(10, activation="softmax")(x)
    return tf.keras.Model(inputs, outputs)
