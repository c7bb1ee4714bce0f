import tensorflow as tf

# MaxPooling1D has a default pool_size; AveragePooling1D needs one.
for layer in [tf.keras.layers.MaxPooling1D(), tf.keras.layers.AveragePooling1D(pool_size=2)]:
    config = layer.get_config()
    keys = ["pool_size", "strides", "padding", "data_format"]
    print(type(layer).__name__, *(config[key] for key in keys))
    #> MaxPooling1D (2,) (2,) valid channels_last
    #> AveragePooling1D (2,) (2,) valid channels_last

# The 2D forms take a pair of sizes, one per spatial axis.
config = tf.keras.layers.MaxPooling2D().get_config()
print(config["pool_size"], config["strides"])
#> (2, 2) (2, 2)

# Global pooling has no window: only data_format and keepdims.
config = tf.keras.layers.GlobalAveragePooling1D().get_config()
print(config["data_format"], config["keepdims"])
#> channels_last False

# data_format defaults to None, which the layer resolves when it is created.
print(tf.keras.config.image_data_format())
#> channels_last
