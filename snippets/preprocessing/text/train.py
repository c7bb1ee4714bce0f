import tensorflow as tf
from reviews import make_reviews

tf.keras.utils.set_random_seed(0)
texts, labels = make_reviews(200, seed=0)
vectorize = tf.keras.layers.TextVectorization(output_sequence_length=6)
vectorize.adapt(texts[:160])  # training reviews only

model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(), dtype="string"),  # one raw string per sample
        vectorize,
        tf.keras.layers.Embedding(vectorize.vocabulary_size(), 8),
        tf.keras.layers.GlobalAveragePooling1D(),
        tf.keras.layers.Dense(1, activation="sigmoid"),
    ]
)
model.compile(
    optimizer=tf.keras.optimizers.Adam(0.05), loss="binary_crossentropy", metrics=["accuracy"]
)
history = model.fit(texts[:160], labels[:160], epochs=8, batch_size=16, verbose=0)
losses = history.history["loss"]
print("loss went down:", losses[-1] < losses[0] / 10)
#> loss went down: True
loss, accuracy = model.evaluate(texts[160:], labels[160:], verbose=0)
print("test accuracy above 0.9:", accuracy > 0.9)
#> test accuracy above 0.9: True

# The model reads raw strings: no preprocessing outside it.
new = tf.constant(["the acting was really great", "a very dull plot"])
print((model.predict(new, verbose=0).ravel() > 0.5).tolist())
#> [True, False]
