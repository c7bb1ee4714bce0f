import tensorflow as tf

traces = 0


@tf.function
def scale(x, factor):
    global traces
    traces += 1
    return x * factor


x = tf.constant([1.0, 2.0])

# A Python number is part of the trace: each new value builds a new graph.
for factor in [1.0, 2.0, 3.0]:
    scale(x, factor)
print(traces)
#> 3

# A tensor is an input of the graph: one trace serves every value.
traces = 0
for factor in [1.0, 2.0, 3.0]:
    result = scale(x, tf.constant(factor))
print(traces, result.numpy())
#> 1 [3. 6.]
