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
        print(call, "->", type(error).__name__)
        #> RandomBrightness(1.5) -> ValueError
        #> RandomContrast(1.5) -> ValueError
        #> RandomPosterization(9) -> ValueError
        #> RandomGaussianBlur(kernel_size=4) -> ValueError
        #> CutMix(2.0) -> ValueError
        print("   ", str(error).split(". Received")[0])
        '''
            The `factor` argument should be a number (or a list of two numbers) in the range [-1, 1]
        '''
        '''
            The `factor` argument should be a number (or a list of two numbers) in the range [0, 1]
        '''
        '''
            The `factor` argument should be a number (or a list of two numbers) in the range [1, 8]
        '''
        #>     kernel_size must be an odd number
        '''
            The `factor` argument should be a number (or a list of two numbers) in the range [0, 1]
        '''
