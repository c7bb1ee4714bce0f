import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.arange(12, dtype="float32").reshape(1, 6, 2)  # 1 sample, 6 steps, 2 channels

layer = tf.keras.layers.Conv1D(filters=3, kernel_size=3)
y = layer(x).numpy()
W, b = layer.kernel.numpy(), layer.bias.numpy()
print(W.shape, b.shape)  # (kernel_size, in_channels, filters), (filters,)
#> (3, 2, 3) (3,)

# By hand: at each position t take the window x[t : t + 3] (3 steps × 2 channels),
# multiply it by the kernel and sum over steps and channels: one value per filter.
windows = [x[0, t : t + 3, :, None] * W for t in range(4)]
y_by_hand = np.stack([w.sum(axis=(0, 1)) + b for w in windows])

print(y.shape)  # 6 steps - 3 + 1 = 4 positions, 3 filters
#> (1, 4, 3)
print(np.round(y[0], 4))
'''
[[ 0.2227  1.9307  1.1898]
 [-0.5048  3.0164  1.8709]
 [-1.2322  4.1021  2.5519]
 [-1.9597  5.1878  3.233 ]]
'''
print(np.allclose(y[0], y_by_hand, atol=1e-5))
#> True
