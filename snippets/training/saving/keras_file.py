import os
import tempfile
import zipfile

import numpy as np
import tensorflow as tf
from four_models import build_all

tf.keras.utils.set_random_seed(0)
x = np.random.normal(size=(4, 8)).astype("float32")
folder = tempfile.mkdtemp()

for name, model in build_all().items():
    path = os.path.join(folder, "model.keras")
    model.save(path)
    loaded = tf.keras.models.load_model(path)
    # The same class, and the same predictions: config and weights came back.
    print(name, type(loaded).__name__, np.allclose(model(x), loaded(x)))
    #> Sequential Sequential True
    #> Functional Functional True
    #> Custom layer Functional True
    #> Subclassed Classifier True

# A .keras file is a zip of three files: no graph, no Python code.
print(sorted(zipfile.ZipFile(path).namelist()))
#> ['config.json', 'metadata.json', 'model.weights.h5']
