import numpy as np
import tensorflow as tf

# A fixed 3 × 2 kernel: sum|W| = 7.5 and sum W² = 15.25.
W = np.array([[1.0, -2.0], [0.5, 0.0], [3.0, -1.0]], dtype="float32")
regularizers = {
    '"l1"': "l1",
    '"l2"': "l2",
    "L1(0.1)": tf.keras.regularizers.L1(0.1),
    "L2(0.1)": tf.keras.regularizers.L2(0.1),
    "L1L2(0.1, 0.1)": tf.keras.regularizers.L1L2(0.1, 0.1),
    "L1L2()": tf.keras.regularizers.L1L2(),
    '"l1l2"': "l1l2",
}
for label, regularizer in regularizers.items():
    layer = tf.keras.layers.Dense(2, kernel_regularizer=regularizer)
    layer.build((None, 3))
    layer.kernel.assign(W)
    config = layer.kernel_regularizer.get_config()
    l1, l2 = config.get("l1", 0.0), config.get("l2", 0.0)
    term = float(layer.losses[0])
    formula = f"{l1:g} · {np.sum(np.abs(W)):g} + {l2:g} · {np.sum(W**2):g}"
    by_hand = l1 * np.sum(np.abs(W)) + l2 * np.sum(W**2)
    print(f"| `{label}` | {term:.4f} | {formula} = {by_hand:.4f} |")
    #> | `"l1"` | 0.0750 | 0.01 · 7.5 + 0 · 15.25 = 0.0750 |
    #> | `"l2"` | 0.1525 | 0 · 7.5 + 0.01 · 15.25 = 0.1525 |
    #> | `L1(0.1)` | 0.7500 | 0.1 · 7.5 + 0 · 15.25 = 0.7500 |
    #> | `L2(0.1)` | 1.5250 | 0 · 7.5 + 0.1 · 15.25 = 1.5250 |
    #> | `L1L2(0.1, 0.1)` | 2.2750 | 0.1 · 7.5 + 0.1 · 15.25 = 2.2750 |
    #> | `L1L2()` | 0.0000 | 0 · 7.5 + 0 · 15.25 = 0.0000 |
    #> | `"l1l2"` | 0.0000 | 0 · 7.5 + 0 · 15.25 = 0.0000 |
