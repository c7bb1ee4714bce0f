import tensorflow as tf

x = tf.constant([3.0, -1.0, 2.0])

# `if` on a tensor: the comparison already has a value, True or False.
if tf.reduce_sum(x) > 0:
    print("positive sum", float(tf.reduce_sum(x)))
    #> positive sum 4.0
else:
    print("negative sum")

# `while` on a tensor: halve until every value is below 1.
steps = 0
while tf.reduce_max(tf.abs(x)) >= 1:
    x = x / 2
    steps += 1
print(steps, x.numpy())
#> 2 [ 0.75 -0.25  0.5 ]

# `for` over a tensor walks its first axis, one row at a time.
for row in tf.constant([[1, 2], [3, 4], [5, 6]]):
    print(row.numpy(), int(tf.reduce_sum(row)))
    #> [1 2] 3
    #> [3 4] 7
    #> [5 6] 11
