import tensorflow as tf

# All four at once: two inputs, a shared encoder, a residual block, two outputs.
left, right = tf.keras.Input((4,), name="left"), tf.keras.Input((4,), name="right")
encoder = tf.keras.layers.Dense(4, activation="relu", name="encoder")
merged = tf.keras.layers.Add(name="merge")([encoder(left), encoder(right)])
block = tf.keras.layers.Dense(4, activation="relu", name="block")(merged)
residual = tf.keras.layers.Add(name="residual")([merged, block])
score = tf.keras.layers.Dense(1, name="score")(residual)
label = tf.keras.layers.Dense(3, activation="softmax", name="label")(residual)
model = tf.keras.Model([left, right], [score, label])


def sources(value):
    # In the config, each tensor a layer was called on records the layer that made it:
    # keras_history = (layer name, which call of it, counted from 0, which of its outputs).
    if isinstance(value, dict):
        if "keras_history" in value:
            name, call, _ = value["keras_history"]
            return [f"`{name}[{call}]`"]
        value = list(value.values())
    return [s for item in value for s in sources(item)] if isinstance(value, (list, tuple)) else []


# One Markdown row per layer; the calls of a layer called twice are separated by " / ".
for config in model.get_config()["layers"]:
    layer = model.get_layer(config["name"])
    calls = " / ".join(", ".join(sources(node)) for node in config["inbound_nodes"]) or "-"
    row = [f"`{layer.name}`", type(layer).__name__, f"`{tuple(layer.output.shape)}`"]
    print("| " + " | ".join(row) + f" | {layer.count_params()} | {calls} |")
    #> | `left` | InputLayer | `(None, 4)` | 0 | - |
    #> | `right` | InputLayer | `(None, 4)` | 0 | - |
    #> | `encoder` | Dense | `(None, 4)` | 20 | `left[0]` / `right[0]` |
    #> | `merge` | Add | `(None, 4)` | 0 | `encoder[0]`, `encoder[1]` |
    #> | `block` | Dense | `(None, 4)` | 20 | `merge[0]` |
    #> | `residual` | Add | `(None, 4)` | 0 | `merge[0]`, `block[0]` |
    #> | `score` | Dense | `(None, 1)` | 5 | `residual[0]` |
    #> | `label` | Dense | `(None, 3)` | 15 | `residual[0]` |
print(f"| | | **total** | **{model.count_params()}** | |")
#> | | | **total** | **60** | |
