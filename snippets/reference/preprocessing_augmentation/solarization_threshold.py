import numpy as np
import tensorflow as tf

# threshold_factor=(0.5, 0.5) reads as "invert above the middle of the range, 127.5".
# Keras draws the threshold from [0.5, 0.5 * 255]: only the upper end is scaled.
layer = tf.keras.layers.Solarization(threshold_factor=(0.5, 0.5), seed=1)
grey = np.full((1, 1, 1, 3), 60.0, "float32")
drawn = [float(layer.get_random_transformation(grey)["thresholds"][0, 0, 0, 0]) for _ in range(100)]
print(round(min(drawn), 1), round(max(drawn), 1))
#> 0.5 127.3

# So a pixel of 60, below the middle, is sometimes inverted (255 - 60 = 195).
outputs = {float(layer(grey)[0, 0, 0, 0]) for _ in range(20)}
print(sorted(outputs))
#> [60.0, 195.0]
