import tensorflow as tf


@tf.function
def double(x):
    return x * 2


# One trace for float32 vectors of any length, as a graph of operations.
concrete = double.get_concrete_function(tf.TensorSpec(shape=(None,), dtype=tf.float32))
print(type(concrete).__name__)
#> ConcreteFunction
print([op.type for op in concrete.graph.get_operations()])
#> ['Placeholder', 'Const', 'Mul', 'Identity']
print(concrete(tf.constant([1.0, 2.0, 3.0])).numpy())
#> [2. 4. 6.]

# While tracing, operations are recorded into the graph instead of running.
modes = []


@tf.function
def record_mode(x):
    modes.append(tf.executing_eagerly())
    return x


record_mode(tf.constant(1.0))
print(tf.executing_eagerly(), modes)
#> True [False]
