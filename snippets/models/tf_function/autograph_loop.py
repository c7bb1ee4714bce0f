import tensorflow as tf

traces = 0


@tf.function
def halve_until_small(x):
    global traces
    traces += 1
    steps = 0
    while tf.reduce_max(tf.abs(x)) >= 1:  # a Python loop on a tensor value
        x = x / 2
        steps += 1
    return x, steps


# Two inputs need different numbers of steps; one trace serves both.
for values in [[3.0, -1.0], [40.0, 2.0]]:
    x, steps = halve_until_small(tf.constant(values))
    print(x.numpy(), steps.numpy())
    #> [ 0.75 -0.25] 2
    #> [0.625   0.03125] 6
print(traces)
#> 1

# AutoGraph turned the `while` into one loop operation in the graph.
concrete = halve_until_small.get_concrete_function(tf.TensorSpec(shape=(2,), dtype=tf.float32))
print(sorted({op.type for op in concrete.graph.get_operations()}))
#> ['Const', 'Identity', 'Placeholder', 'StatelessWhile']
