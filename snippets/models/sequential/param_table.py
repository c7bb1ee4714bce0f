import tensorflow as tf

model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(4,)),
        tf.keras.layers.Dense(8, activation="relu"),
        tf.keras.layers.Dense(3, activation="softmax"),
    ]
)

# One Markdown table row per layer: units × (inputs + 1), as on the Dense page.
for layer in model.layers:
    n_in, units = layer.kernel.shape
    shape = tuple(layer.output.shape)
    formula = f"{units} × ({n_in} + 1)"
    print(f"| `{layer.name}` | `{shape}` | {formula} | {layer.count_params()} |")
    #> | `dense` | `(None, 8)` | 8 × (4 + 1) | 40 |
    #> | `dense_1` | `(None, 3)` | 3 × (8 + 1) | 27 |
print(f"| | | **total** | **{model.count_params()}** |")
#> | | | **total** | **67** |
