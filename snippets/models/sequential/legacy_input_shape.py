import warnings

import tensorflow as tf

# Older tutorials pass input_shape to the first layer. Keras 3 still builds the model, but warns.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    model = tf.keras.Sequential([tf.keras.layers.Dense(3, input_shape=(4,))])

print(caught[0].category.__name__)
#> UserWarning
print(str(caught[0].message).split(". ")[0])
#> Do not pass an `input_shape`/`input_dim` argument to a layer
print(model.input_shape, model.count_params())
#> (None, 4) 15
