import tensorflow as tf

traces = 0


@tf.function
def double(x):
    global traces
    traces += 1
    return x * 2


calls = [
    ("tf.constant([1.0, 2.0])", tf.constant([1.0, 2.0])),
    ("tf.constant([3.0, 4.0])", tf.constant([3.0, 4.0])),
    ("tf.constant([1.0, 2.0, 3.0])", tf.constant([1.0, 2.0, 3.0])),
    ("tf.constant([1, 2])", tf.constant([1, 2])),
    ("tf.constant([5, 6])", tf.constant([5, 6])),
    ("2.0", 2.0),
    ("3.0", 3.0),
    ("2.0", 2.0),
    ("tf.constant(2.0)", tf.constant(2.0)),
    ("tf.constant(3.0)", tf.constant(3.0)),
]
for code, argument in calls:
    before = traces
    double(argument)
    print(f"| `double({code})` | {'✓' if traces > before else ''} | {traces} |")
    #> | `double(tf.constant([1.0, 2.0]))` | ✓ | 1 |
    #> | `double(tf.constant([3.0, 4.0]))` |  | 1 |
    #> | `double(tf.constant([1.0, 2.0, 3.0]))` | ✓ | 2 |
    #> | `double(tf.constant([1, 2]))` | ✓ | 3 |
    #> | `double(tf.constant([5, 6]))` |  | 3 |
    #> | `double(2.0)` | ✓ | 4 |
    #> | `double(3.0)` | ✓ | 5 |
    #> | `double(2.0)` |  | 5 |
    #> | `double(tf.constant(2.0))` | ✓ | 6 |
    #> | `double(tf.constant(3.0))` |  | 6 |
