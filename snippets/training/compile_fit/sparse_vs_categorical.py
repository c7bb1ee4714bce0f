import numpy as np
import tensorflow as tf

# Logits for 2 samples and 3 classes; the true classes are 0 and 2.
logits = np.array([[2.0, 1.0, 0.1], [0.5, 0.3, 1.5]], dtype="float32")
labels = np.array([0, 2])  # one integer per sample
one_hot = tf.keras.utils.to_categorical(labels, 3)  # one row of 0s and a 1 per sample
print(one_hot.tolist())
#> [[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]]

sparse = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
categorical = tf.keras.losses.CategoricalCrossentropy(from_logits=True)
# The same loss; only the label format differs.
print(round(float(sparse(labels, logits)), 4), round(float(categorical(one_hot, logits)), 4))
#> 0.4646 0.4646

# Mixing them up: integer labels given to CategoricalCrossentropy fail.
try:
    categorical(labels, logits)
except ValueError as error:
    print(type(error).__name__, str(error).split(". Received")[0])
    #> ValueError Arguments `target` and `output` must have the same rank (ndim)
