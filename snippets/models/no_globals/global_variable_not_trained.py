import tensorflow as tf

offset = tf.Variable(0.0, name="offset")  # kept outside the object


class Shift(tf.Module):
    def __init__(self):
        super().__init__()
        self.scale = tf.Variable(2.0, name="scale")

    def __call__(self, x):
        return x * self.scale + offset


shift = Shift()
print([v.name for v in shift.trainable_variables])
#> ['scale:0']

# A training step updates what the object reports, so `offset` never learns.
optimizer = tf.keras.optimizers.SGD(learning_rate=0.1)
with tf.GradientTape() as tape:
    loss = (shift(tf.constant(1.0)) - 5.0) ** 2
grads = tape.gradient(loss, shift.trainable_variables)
optimizer.apply_gradients(zip(grads, shift.trainable_variables, strict=True))
print(round(float(shift.scale), 4), float(offset))
#> 2.6 0.0
