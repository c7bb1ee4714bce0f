import tensorflow as tf

tf.keras.utils.set_random_seed(0)


def make_model(first_layer):
    return tf.keras.Sequential([tf.keras.Input(shape=(2,)), first_layer, tf.keras.layers.Dense(1)])


# Two layers, each model its own: separate variables.
a = make_model(tf.keras.layers.Dense(3))
b = make_model(tf.keras.layers.Dense(3))
print(a.layers[0].kernel is b.layers[0].kernel)
#> False

# One layer object passed to both models: one set of variables.
shared = tf.keras.layers.Dense(3)
c = make_model(shared)
d = make_model(shared)
print(c.layers[0].kernel is d.layers[0].kernel)
#> True

# A change made through one model is seen by the other.
c.layers[0].kernel.assign(tf.ones((2, 3)))
print(d.layers[0].kernel.numpy().sum())
#> 6.0

# Variables counted across both models, each only once.
unique = {id(v) for v in c.trainable_variables + d.trainable_variables}
print(len(c.trainable_variables) + len(d.trainable_variables), len(unique))
#> 8 6
