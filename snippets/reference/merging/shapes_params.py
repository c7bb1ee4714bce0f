import tensorflow as tf

a = tf.keras.Input(shape=(4,))
b = tf.keras.Input(shape=(4,))
layers = [
    tf.keras.layers.Add(),
    tf.keras.layers.Subtract(),
    tf.keras.layers.Multiply(),
    tf.keras.layers.Average(),
    tf.keras.layers.Maximum(),
    tf.keras.layers.Minimum(),
    tf.keras.layers.Concatenate(),
    tf.keras.layers.Dot(axes=1),
]
# Each layer takes a list of tensors; none of them has weights.
for layer in layers:
    outputs = layer([a, b])
    print(f"{type(layer).__name__:11} {outputs.shape} parameters={layer.count_params()}")
    #> Add         (None, 4) parameters=0
    #> Subtract    (None, 4) parameters=0
    #> Multiply    (None, 4) parameters=0
    #> Average     (None, 4) parameters=0
    #> Maximum     (None, 4) parameters=0
    #> Minimum     (None, 4) parameters=0
    #> Concatenate (None, 8) parameters=0
    #> Dot         (None, 1) parameters=0
