import tensorflow as tf

# tf.keras.Sequential(layers=None, trainable=True, name=None)
model = tf.keras.Sequential()
print(len(model.layers))
#> 0
print(model.trainable)
#> True
print(model.name)
#> sequential

config = tf.keras.Sequential([tf.keras.Input(shape=(4,)), tf.keras.layers.Dense(3)]).get_config()
print(config["name"], [layer["class_name"] for layer in config["layers"]])
#> sequential_1 ['InputLayer', 'Dense']
