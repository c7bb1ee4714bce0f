import tensorflow as tf

layers = tf.keras.layers
sequence = tf.keras.Input(shape=(8, 3))  # 8 steps, 3 channels
image = tf.keras.Input(shape=(6, 6, 3))  # 6 × 6 pixels, 3 channels

cases = [
    (layers.MaxPooling1D(pool_size=2), sequence),
    (layers.AveragePooling1D(pool_size=2), sequence),
    (layers.GlobalMaxPooling1D(), sequence),
    (layers.GlobalAveragePooling1D(), sequence),
    (layers.MaxPooling2D(pool_size=(2, 2)), image),
    (layers.AveragePooling2D(pool_size=3), image),  # one number: the same for rows and cols
    (layers.GlobalMaxPooling2D(), image),
    (layers.GlobalAveragePooling2D(), image),
    (layers.GlobalAveragePooling2D(keepdims=True), image),
]
for layer, inputs in cases:
    config = layer.get_config()
    window = config.get("pool_size", "—")  # global pooling has no window size...
    keepdims = config.get("keepdims", "—")  # ...and only it has keepdims
    name, output = type(layer).__name__, layer(inputs).shape
    print(f"| `{name}` | {window} | {keepdims} | {inputs.shape} | {output} |")
    #> | `MaxPooling1D` | (2,) | — | (None, 8, 3) | (None, 4, 3) |
    #> | `AveragePooling1D` | (2,) | — | (None, 8, 3) | (None, 4, 3) |
    #> | `GlobalMaxPooling1D` | — | False | (None, 8, 3) | (None, 3) |
    #> | `GlobalAveragePooling1D` | — | False | (None, 8, 3) | (None, 3) |
    #> | `MaxPooling2D` | (2, 2) | — | (None, 6, 6, 3) | (None, 3, 3, 3) |
    #> | `AveragePooling2D` | (3, 3) | — | (None, 6, 6, 3) | (None, 2, 2, 3) |
    #> | `GlobalMaxPooling2D` | — | False | (None, 6, 6, 3) | (None, 3) |
    #> | `GlobalAveragePooling2D` | — | False | (None, 6, 6, 3) | (None, 3) |
    #> | `GlobalAveragePooling2D` | — | True | (None, 6, 6, 3) | (None, 1, 1, 3) |
