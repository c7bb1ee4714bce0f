import keras
import tensorflow as tf

# The Keras docs write keras.saving.register_keras_serializable; in tf.keras the
# `saving` submodule is not loaded by `import tensorflow`, so the attribute is missing.
try:
    tf.keras.saving.register_keras_serializable()
except AttributeError as error:
    print(type(error).__name__)
    #> AttributeError
    print(str(error).split("' ")[1])
    #> has no attribute 'saving'

# The same function is exported under tf.keras.utils, which this site uses.
print(tf.keras.utils.register_keras_serializable is keras.saving.register_keras_serializable)
#> True
