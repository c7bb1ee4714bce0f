import tensorflow as tf

# Two sequences of 4 timesteps with 2 features; the second is padded with zeros at the end.
x = tf.constant(
    [
        [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0]],
        [[1.0, 2.0], [3.0, 4.0], [0.0, 0.0], [0.0, 0.0]],
    ]
)
masking = tf.keras.layers.Masking(mask_value=0.0)
print(masking(x).shape)
#> (2, 4, 2)
# A timestep is masked when all its features equal mask_value.
print(masking.compute_mask(x).numpy().astype(int).tolist())
#> [[1, 1, 1, 1], [1, 1, 0, 0]]
print(masking.count_params())
#> 0
