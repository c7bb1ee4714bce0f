import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
new = np.random.normal(loc=3.0, size=(64, 2)).astype("float32")  # the new task's data


def fine_tune(freeze_batchnorm):
    bn = tf.keras.layers.BatchNormalization()  # moving mean 0: what it learned before
    base = tf.keras.Sequential([tf.keras.Input((2,)), tf.keras.layers.Dense(2), bn])
    base.trainable = True  # unfrozen for fine-tuning
    bn.trainable = not freeze_batchnorm
    inputs = tf.keras.Input((2,))
    features = base(inputs, training=False)  # the Keras 2 advice: inference mode
    model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(features))
    model.compile(optimizer="sgd", loss="mse")
    model.fit(new, new[:, :1], epochs=3, verbose=0)
    return round(float(bn.moving_mean[0]), 3)


# fit calls the model with training=True, which overrides the training=False given above
# (Keras 3): the moving statistics drift towards the new data.
print(fine_tune(freeze_batchnorm=False))
#> 0.159
# Only trainable=False keeps a BatchNormalization layer in inference mode under fit.
print(fine_tune(freeze_batchnorm=True))
#> 0.0
