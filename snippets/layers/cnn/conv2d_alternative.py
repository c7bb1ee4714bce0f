import tensorflow as tf

# Reading each image as 28 steps of 28 features: Conv1D sees a whole row at every step.
rows = tf.keras.layers.Conv1D(10, 3, padding="same")
print(rows(tf.keras.Input((28, 28))).shape, rows.count_params())
#> (None, 28, 10) 850

# Reading it as a 28×28 grid with 1 channel: Conv2D's 3×3 window sees 9 pixels.
grid = tf.keras.layers.Conv2D(10, 3, padding="same")
print(grid(tf.keras.Input((28, 28, 1))).shape, grid.count_params())
#> (None, 28, 28, 10) 100
