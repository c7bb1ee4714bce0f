import numpy as np
import tensorflow as tf

rng = np.random.default_rng(0)
features = rng.normal([10.0, 100.0], [2.0, 20.0], size=(8, 2)).astype("float32")

norm = tf.keras.layers.Normalization()
norm.adapt(features)
# Normalize, then cut each feature at -1, 0 and 1 standard deviations.
pipeline = tf.keras.layers.Pipeline(
    [norm, tf.keras.layers.Discretization(bin_boundaries=[-1.0, 0.0, 1.0])]
)

# In tf.data, before the model: the model then receives bin indices.
dataset = tf.data.Dataset.from_tensor_slices(features).batch(4).map(pipeline)
for batch in dataset:
    print(batch.shape, batch.dtype.name, batch.numpy().tolist())
    #> (4, 2) int32 [[2, 1], [3, 2], [1, 2], [3, 3]]
    #> (4, 2) int32 [[1, 0], [1, 2], [0, 1], [1, 1]]

print(len(pipeline.layers), pipeline.count_params())
#> 2 5
