import tensorflow as tf

inputs = tf.keras.Input(shape=(10, 3))  # 10 timesteps, 3 features
units, features = 4, 3

# Each gate has a kernel (features × units), a recurrent kernel (units × units), a bias.
layers = {
    "SimpleRNN": (tf.keras.layers.SimpleRNN(units), units * (features + units + 1)),
    "LSTM": (tf.keras.layers.LSTM(units), 4 * units * (features + units + 1)),
    "GRU": (tf.keras.layers.GRU(units), 3 * units * (features + units + 2)),
    "GRU reset_after=False": (
        tf.keras.layers.GRU(units, reset_after=False),
        3 * units * (features + units + 1),
    ),
}
for name, (layer, by_hand) in layers.items():
    outputs = layer(inputs)
    frozen = sum(int(tf.size(w)) for w in layer.non_trainable_weights)
    print(f"{name:21} {outputs.shape} {layer.count_params()} = {by_hand}, non-trainable {frozen}")
    #> SimpleRNN             (None, 4) 32 = 32, non-trainable 0
    #> LSTM                  (None, 4) 128 = 128, non-trainable 0
    #> GRU                   (None, 4) 108 = 108, non-trainable 0
    #> GRU reset_after=False (None, 4) 96 = 96, non-trainable 0
