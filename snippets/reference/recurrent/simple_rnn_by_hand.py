import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.default_rng(0).normal(size=(1, 5, 3)).astype("float32")
layer = tf.keras.layers.SimpleRNN(4, return_sequences=True)
outputs = layer(x).numpy()

# h_t = tanh(x_t W + h_{t-1} U + b), starting from h_0 = 0.
kernel, recurrent_kernel, bias = layer.get_weights()
h = np.zeros(4)
for t in range(5):
    h = np.tanh(x[0, t] @ kernel + h @ recurrent_kernel + bias)
    print(t, np.allclose(h, outputs[0, t], atol=1e-5))
    #> 0 True
    #> 1 True
    #> 2 True
    #> 3 True
    #> 4 True
