import tensorflow as tf

layers = [
    tf.keras.layers.BatchNormalization(),
    tf.keras.layers.LayerNormalization(),
    tf.keras.layers.GroupNormalization(groups=4),
    tf.keras.layers.UnitNormalization(),
    tf.keras.layers.RMSNormalization(),
    tf.keras.layers.SpectralNormalization(tf.keras.layers.Dense(8)),
]
inputs = tf.keras.Input(shape=(10, 16))  # 10 steps, 16 features
for layer in layers:
    outputs = layer(inputs)
    trainable = sum(int(tf.size(w)) for w in layer.trainable_weights)
    frozen = sum(int(tf.size(w)) for w in layer.non_trainable_weights)
    name = type(layer).__name__
    print(f"{name:21} {outputs.shape} trainable={trainable} non-trainable={frozen}")
    #> BatchNormalization    (None, 10, 16) trainable=32 non-trainable=32
    #> LayerNormalization    (None, 10, 16) trainable=32 non-trainable=0
    #> GroupNormalization    (None, 10, 16) trainable=32 non-trainable=0
    #> UnitNormalization     (None, 10, 16) trainable=0 non-trainable=0
    #> RMSNormalization      (None, 10, 16) trainable=16 non-trainable=0
    #> SpectralNormalization (None, 10, 8) trainable=136 non-trainable=8
