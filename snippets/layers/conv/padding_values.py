import numpy as np
import tensorflow as tf

x = np.ones((1, 5, 1), dtype="float32")  # 5 steps, all ones

# An all-ones kernel of size 3 counts how many real (non-padded) steps each window sees.
for padding in ["valid", "same"]:
    layer = tf.keras.layers.Conv1D(1, 3, padding=padding, kernel_initializer="ones")
    y = layer(x)
    print(padding, tuple(y.shape), y.numpy().ravel())
    #> valid (1, 3, 1) [3. 3. 3.]
    #> same (1, 5, 1) [2. 3. 3. 3. 2.]
