import tensorflow as tf

traces = 0  # a Python counter: only the Python body, run while tracing, moves it


@tf.function
def double(x):
    global traces
    traces += 1
    return x * 2


print(double(tf.constant([1.0, 2.0])).numpy(), traces)
#> [2. 4.] 1
print(double(tf.constant([3.0, 4.0])).numpy(), traces)  # same shape and dtype: no trace
#> [6. 8.] 1
print(double(tf.constant([1.0, 2.0, 3.0])).numpy(), traces)  # new shape: traced again
#> [2. 4. 6.] 2

# TensorFlow keeps the same count itself.
print(double.experimental_get_tracing_count())
#> 2
