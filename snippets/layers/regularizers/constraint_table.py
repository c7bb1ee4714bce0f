import numpy as np
import tensorflow as tf

rng = np.random.default_rng(2)
x = rng.normal(size=(8, 3)).astype("float32")
y = rng.normal(size=(8, 2)).astype("float32")


def norms(layer):  # one norm per unit: the kernel's columns (axis 0)
    return [round(float(n), 4) for n in np.linalg.norm(layer.kernel.numpy(), axis=0)]


constraints = {
    "None": None,
    "MaxNorm(1.0)": tf.keras.constraints.MaxNorm(1.0),
    "NonNeg()": tf.keras.constraints.NonNeg(),
    "UnitNorm()": tf.keras.constraints.UnitNorm(),
    "MinMaxNorm(1.0, 2.0)": tf.keras.constraints.MinMaxNorm(1.0, 2.0),
}
for label, constraint in constraints.items():
    init = tf.keras.initializers.GlorotUniform(seed=0)  # the same start for every row
    dense = tf.keras.layers.Dense(2, kernel_initializer=init, kernel_constraint=constraint)
    model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), dense])
    # run_eagerly: a single step does not need a traced graph (and TF won't warn about retracing).
    model.compile(optimizer=tf.keras.optimizers.SGD(2.0), loss="mse", run_eagerly=True)

    before = norms(dense)
    model.fit(x, y, batch_size=8, epochs=1, verbose=0)  # one step
    lowest = round(float(dense.kernel.numpy().min()), 4)
    print(f"| `{label}` | {before} | {norms(dense)} | {lowest} |")
    #> | `None` | [0.9448, 1.1019] | [0.6707, 2.5621] | -1.4619 |
    #> | `MaxNorm(1.0)` | [0.9448, 1.1019] | [0.6707, 1.0] | -0.5706 |
    #> | `NonNeg()` | [0.9448, 1.1019] | [0.0, 2.1] | 0.0 |
    #> | `UnitNorm()` | [0.9448, 1.1019] | [1.0, 1.0] | -0.8142 |
    #> | `MinMaxNorm(1.0, 2.0)` | [0.9448, 1.1019] | [1.0, 2.0] | -1.1412 |
