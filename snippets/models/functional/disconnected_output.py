import tensorflow as tf

numbers = tf.keras.Input(shape=(4,), name="numbers")
flags = tf.keras.Input(shape=(2,), name="flags")
joined = tf.keras.layers.Concatenate()([numbers, flags])
outputs = tf.keras.layers.Dense(1)(joined)

# The output needs both Inputs, but `inputs` lists only one of them.
try:
    tf.keras.Model(inputs=numbers, outputs=outputs)
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    print(str(error).split("` ")[1])
    #> is not connected to `inputs`

# Listing every Input the outputs depend on fixes it.
model = tf.keras.Model(inputs=[numbers, flags], outputs=outputs)
print(len(model.inputs), model.count_params())
#> 2 7
