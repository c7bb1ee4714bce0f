import tensorflow as tf


@tf.function
def plain(x):
    return x + 1


@tf.function(reduce_retracing=True)
def relaxed(x):
    return x + 1


# Vectors of lengths 1 to 4: the counts after each call.
for n in [1, 2, 3, 4]:
    plain(tf.zeros(n))
    relaxed(tf.zeros(n))
    print(n, plain.experimental_get_tracing_count(), relaxed.experimental_get_tracing_count())
    #> 1 1 1
    #> 2 2 2
    #> 3 3 2
    #> 4 4 2

# The second trace of `relaxed` left the length open: None.
signature = relaxed.get_concrete_function(tf.zeros(5)).structured_input_signature
print(signature[0][0].shape)
#> (None,)
