import keras
import tensorflow as tf

# tf.keras is Keras 3, the same package that `import keras` loads, on its TensorFlow backend.
print(tf.__version__, keras.__version__, keras.config.backend())
#> 2.21.0 3.15.1 tensorflow
# tf.keras is Keras 3 from TensorFlow 2.16 on; this site pins a newer release.
print(tuple(int(part) for part in tf.__version__.split(".")[:2]) >= (2, 16))
#> True
print(tf.keras.Model is keras.Model, tf.keras.layers.Dense is keras.layers.Dense)
#> True True

# A model built with one spelling is an instance of the other's classes.
model = tf.keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
print(isinstance(model, keras.Model), isinstance(model.layers[0], tf.keras.layers.Layer))
#> True True
