import numpy as np
import tensorflow as tf


def attempt(keras2, keras3):
    """Run the Keras 2 idiom and print how it fails, then run the fix and print its result."""
    try:
        keras2()
    except (AttributeError, ValueError) as error:
        message = str(error).split(". ")[0].replace("keras._tf_keras.", "")  # internal path
        message = message.replace(" object has no attribute", " has no")
        print(type(error).__name__, message.replace(" has no attribute", " has no"), "->", keras3())
        #> ValueError Argument(s) not recognized: {'lr': 0.01} -> 0.01
        #> AttributeError 'Adam' has no 'lr' -> 0.001
        #> AttributeError 'Dense' has no 'output_shape' -> (None, 2)
        #> AttributeError module 'keras.layers' has no 'experimental' -> (4, 3)


x = np.ones((4, 3), dtype="float32")
model = tf.keras.Sequential([tf.keras.Input((3,)), tf.keras.layers.Dense(2)])
model.compile(optimizer="adam", loss="mse")
dense = model.layers[0]

attempt(
    lambda: tf.keras.optimizers.Adam(lr=0.01),
    lambda: tf.keras.optimizers.Adam(learning_rate=0.01).learning_rate.numpy().round(4),
)
attempt(lambda: model.optimizer.lr, lambda: model.optimizer.learning_rate.numpy().round(4))
attempt(lambda: dense.output_shape, lambda: dense.output.shape)
attempt(lambda: tf.keras.layers.experimental, lambda: tf.keras.layers.Rescaling(0.5)(x).shape)
