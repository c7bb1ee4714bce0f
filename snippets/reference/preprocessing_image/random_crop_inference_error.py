import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
images = np.zeros((2, 8, 8, 3), dtype="float32")
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(8, 8, 3)),
        tf.keras.layers.RandomCrop(6, 6),
        tf.keras.layers.Flatten(),  # 6 * 6 * 3 = 108 values in training
        tf.keras.layers.Dense(2),
    ]
)
model.compile(optimizer="adam", loss="mse")
model.fit(images, np.zeros((2, 2)), verbose=0)  # training: crops to 6x6, works
print("fit: done")
#> fit: done

# predict runs with training=False: RandomCrop passes 8x8 through, Flatten gives 192.
try:
    model.predict(images, verbose=0)
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    message = str(error).replace("\x1b[1m", "").replace("\x1b[0m", "")
    print(message.split("layer: ")[1].split("\n")[0])
    '''
    expected axis -1 of input shape to have value 108, but received input with shape (2, 192)
    '''
