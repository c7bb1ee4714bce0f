import tensorflow as tf

layers = [
    tf.keras.layers.ReLU(),
    tf.keras.layers.LeakyReLU(),
    tf.keras.layers.PReLU(),
    tf.keras.layers.ELU(),
    tf.keras.layers.Softmax(),
    tf.keras.layers.Activation("tanh"),
]
inputs = tf.keras.Input(shape=(4, 3))
# Each layer keeps the shape; only PReLU learns weights (one slope per input value).
for layer in layers:
    outputs = layer(inputs)
    trainable = sum(int(tf.size(w)) for w in layer.trainable_weights)
    frozen = sum(int(tf.size(w)) for w in layer.non_trainable_weights)
    print(f"{type(layer).__name__:10} {outputs.shape} trainable={trainable} non-trainable={frozen}")
    #> ReLU       (None, 4, 3) trainable=0 non-trainable=0
    #> LeakyReLU  (None, 4, 3) trainable=0 non-trainable=0
    #> PReLU      (None, 4, 3) trainable=12 non-trainable=0
    #> ELU        (None, 4, 3) trainable=0 non-trainable=0
    #> Softmax    (None, 4, 3) trainable=0 non-trainable=0
    #> Activation (None, 4, 3) trainable=0 non-trainable=0
