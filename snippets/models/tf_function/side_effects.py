import os
import tempfile

import tensorflow as tf

log_path = os.path.join(tempfile.mkdtemp(), "tf_print.txt")
python_log = []  # a Python side effect, like print: runs while tracing
calls = tf.Variable(0)  # a TensorFlow operation on it: runs at every call


@tf.function
def step(x):
    python_log.append(f"traced for {x.dtype.name}")
    calls.assign_add(1)
    tf.print("step", x, output_stream="file://" + log_path)
    return x + 1


for value in [1.0, 2.0, 3.0]:
    step(tf.constant(value))

print(python_log)
#> ['traced for float32']
print(calls.numpy())
#> 3
with open(log_path) as log:
    print(log.read().splitlines())
    #> ['step 1', 'step 2', 'step 3']
