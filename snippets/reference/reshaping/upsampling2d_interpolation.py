import tensorflow as tf

# A 1x2 image, upsampled to 2x4: "nearest" repeats pixels, "bilinear" blends neighbours.
x = tf.constant([[[[0.0], [4.0]]]])
for interpolation in ("nearest", "bilinear"):
    up = tf.keras.layers.UpSampling2D(size=2, interpolation=interpolation)
    print(interpolation, up(x)[0, :, :, 0].numpy().tolist())
    #> nearest [[0.0, 0.0, 4.0, 4.0], [0.0, 0.0, 4.0, 4.0]]
    #> bilinear [[0.0, 1.0, 3.0, 4.0], [0.0, 1.0, 3.0, 4.0]]
