import tensorflow as tf

traces = 0


@tf.function(input_signature=[tf.TensorSpec(shape=(None,), dtype=tf.float32)])
def double(x):
    global traces
    traces += 1
    return x * 2


# Any float32 vector fits the signature: one trace for every length.
for n in [1, 2, 3]:
    double(tf.ones(n))
print(traces)
#> 1

# A call that does not fit is refused instead of traced.
try:
    double(tf.constant([1, 2]))  # int32, not float32
except TypeError as error:
    print(type(error).__name__)
    #> TypeError
    print(str(error).split(" due to")[0])
    #> Binding inputs to tf.function failed
    cast = str(error).split("`")[1]  # "Can not cast <what came> to <what the signature says>"
    print(cast.split(" to ")[0])
    #> Can not cast TensorSpec(shape=(2,), dtype=tf.int32, name=None)
    print(cast.split(" to ")[1])
    #> TensorSpec(shape=(None,), dtype=tf.float32, name=None)
