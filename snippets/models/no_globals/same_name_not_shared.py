import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)


def make_model():
    return tf.keras.Sequential(
        [tf.keras.Input(shape=(2,)), tf.keras.layers.Dense(3, name="encoder")]
    )


# The same layer name in two models does not make them share weights.
a, b = make_model(), make_model()
print(a.layers[0].name, b.layers[0].name)
#> encoder encoder
print(a.layers[0].kernel.path, b.layers[0].kernel.path)
#> sequential/encoder/kernel sequential_1/encoder/kernel
print(a.layers[0].kernel is b.layers[0].kernel)
#> False
print(np.array_equal(a.layers[0].kernel.numpy(), b.layers[0].kernel.numpy()))
#> False
