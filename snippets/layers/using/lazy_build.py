import tensorflow as tf

layer = tf.keras.layers.Dense(3)
# No input has been seen yet, so the layer cannot know the kernel's shape.
print(layer.built, len(layer.weights))
#> False 0

layer(tf.ones((2, 4)))  # the first call builds the weights from the input's last axis (4)
print(layer.built)
#> True
for weight in layer.weights:
    print(weight.name, tuple(weight.shape))
    #> kernel (4, 3)
    #> bias (3,)

layer(tf.ones((5, 4)))  # later calls reuse the same weights; the batch size may change
print(len(layer.weights))
#> 2
