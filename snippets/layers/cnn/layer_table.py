import tensorflow as tf

inputs = tf.keras.Input((28, 28))
x = tf.keras.layers.Dropout(0.2)(inputs)
x = tf.keras.layers.Conv1D(10, 3, padding="same", activation="relu")(x)
x = tf.keras.layers.MaxPool1D(3, padding="same")(x)
x = tf.keras.layers.Flatten()(x)
x = tf.keras.layers.Dense(50, activation="relu")(x)
outputs = tf.keras.layers.Dense(10, activation="softmax")(x)
model = tf.keras.Model(inputs, outputs)

# One Markdown table row per layer: the page's table is this output.
for layer in model.layers[1:]:
    shape = tuple(layer.output.shape)
    if hasattr(layer, "kernel"):  # weights = kernel entries + one bias per output unit
        formula = " × ".join(map(str, layer.kernel.shape)) + f" + {layer.bias.shape[0]}"
    else:
        formula = "no weights"
    name, kind, params = layer.name, type(layer).__name__, layer.count_params()
    print(f"| `{name}` | {kind} | `{shape}` | {formula} | {params} |")
    #> | `dropout` | Dropout | `(None, 28, 28)` | no weights | 0 |
    #> | `conv1d` | Conv1D | `(None, 28, 10)` | 3 × 28 × 10 + 10 | 850 |
    #> | `max_pooling1d` | MaxPooling1D | `(None, 10, 10)` | no weights | 0 |
    #> | `flatten` | Flatten | `(None, 100)` | no weights | 0 |
    #> | `dense` | Dense | `(None, 50)` | 100 × 50 + 50 | 5050 |
    #> | `dense_1` | Dense | `(None, 10)` | 50 × 10 + 10 | 510 |
print(f"| | | | **total** | **{model.count_params()}** |")
#> | | | | **total** | **6410** |
