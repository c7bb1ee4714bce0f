import tensorflow as tf

# filters and kernel_size are required; everything else has a default.
config = tf.keras.layers.Conv1D(filters=10, kernel_size=2).get_config()
for name in ["filters", "kernel_size", "strides", "padding", "dilation_rate"]:
    print(name, config[name])
    #> filters 10
    #> kernel_size (2,)
    #> strides (1,)
    #> padding valid
    #> dilation_rate (1,)
for name in ["activation", "use_bias", "data_format"]:
    print(name, config[name])
    #> activation linear
    #> use_bias True
    #> data_format channels_last

# Conv2D and Conv3D store one value per spatial axis.
print(tf.keras.layers.Conv2D(10, 3).get_config()["kernel_size"])
#> (3, 3)
print(tf.keras.layers.Conv3D(10, 3).get_config()["strides"])
#> (1, 1, 1)

# data_format defaults to None, which the layer resolves when it is created.
print(tf.keras.config.image_data_format())
#> channels_last
