import os
import subprocess
import sys

# TF_USE_LEGACY_KERAS=1 makes tf.keras the Keras 2 package tf_keras. It is read when
# tf.keras is first used, so it must be set before that, here in a new Python process.
code = "import tensorflow as tf; tf.keras.Model"
env = {**os.environ, "TF_USE_LEGACY_KERAS": "1"}
result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)

# This site does not install tf_keras (pip install tf_keras), so tf.keras cannot load.
print(result.returncode, result.stderr.strip().splitlines()[-1])
#> 1 ImportError: Keras cannot be imported. Check that it is installed.
