import tensorflow as tf
from registered_classes import Classifier, Linear

Dense = tf.keras.layers.Dense


def build_all():
    """The four models of the four-ways page, each built for 8 features."""
    inputs = tf.keras.Input((8,))
    sequential = tf.keras.Sequential([inputs, Dense(16, "relu"), Dense(3, "softmax")])
    functional = tf.keras.Model(inputs, Dense(3, "softmax")(Dense(16, "relu")(inputs)))
    custom = tf.keras.Model(inputs, Linear(3, "softmax")(Linear(16, "relu")(inputs)))
    subclassed = Classifier()
    subclassed(inputs)  # build its weights
    return {
        "Sequential": sequential,
        "Functional": functional,
        "Custom layer": custom,
        "Subclassed": subclassed,
    }
