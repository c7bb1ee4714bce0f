import tensorflow as tf

weights = tf.constant([[1.0, 2.0], [3.0, 4.0]])
features = tf.constant([[1.0, 2.0, 3.0]])

# Any intermediate value can be printed or inspected in a debugger.
hidden = weights * 2
print(hidden.numpy())
'''
[[2. 4.]
 [6. 8.]]
'''

# A bad operation fails on its own line, with the shapes that do not fit.
print(features.shape, hidden.shape)
#> (1, 3) (2, 2)
try:
    output = tf.matmul(features, hidden)
except tf.errors.InvalidArgumentError as error:
    print(type(error).__name__)
    #> InvalidArgumentError
    print(error.message.split("}} ")[-1].split(" [Op")[0])
    #> Matrix size-incompatible: In[0]: [1,3], In[1]: [2,2]
