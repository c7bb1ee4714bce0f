import tensorflow as tf

L = tf.keras.layers
# Each layer checks its factor (and the blur its kernel) when it is created.
attempts = {
    "RandomBrightness(1.5)": lambda: L.RandomBrightness(1.5),
    "RandomContrast(1.5)": lambda: L.RandomContrast(1.5),
    "RandomPosterization(9)": lambda: L.RandomPosterization(9),
    "RandomGaussianBlur(kernel_size=4)": lambda: L.RandomGaussianBlur(kernel_size=4),
    "CutMix(2.0)": lambda: L.CutMix(2.0),
}
for call, make in attempts.items():
    try:
        make()
    except ValueError as error:
        message = str(error).split(". Received")[0]
        tail = message.split("numbers) ")[-1].replace("kernel_size ", "")
        print(f"{call} -> {type(error).__name__}: ...{tail}")
        #> RandomBrightness(1.5) -> ValueError: ...in the range [-1, 1]
        #> RandomContrast(1.5) -> ValueError: ...in the range [0, 1]
        #> RandomPosterization(9) -> ValueError: ...in the range [1, 8]
        #> RandomGaussianBlur(kernel_size=4) -> ValueError: ...must be an odd number
        #> CutMix(2.0) -> ValueError: ...in the range [0, 1]
