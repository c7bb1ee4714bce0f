import tensorflow as tf
from reviews import make_reviews

tf.keras.utils.set_random_seed(0)
texts, labels = make_reviews(200, seed=0)
vectorize = tf.keras.layers.TextVectorization(output_sequence_length=6)
vectorize.adapt(texts[:160])

# The pipeline turns strings into ids; the model starts at the ids.
train = tf.data.Dataset.from_tensor_slices((texts[:160], labels[:160])).batch(16)
train = train.map(lambda text, label: (vectorize(text), label))
print(train.element_spec[0])
#> TensorSpec(shape=(None, 6), dtype=tf.int64, name=None)

model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(6,), dtype="int64"),
        tf.keras.layers.Embedding(vectorize.vocabulary_size(), 8),
        tf.keras.layers.GlobalAveragePooling1D(),
        tf.keras.layers.Dense(1, activation="sigmoid"),
    ]
)
model.compile(optimizer=tf.keras.optimizers.Adam(0.05), loss="binary_crossentropy")
history = model.fit(train, epochs=8, shuffle=False, verbose=0)  # a dataset is not shuffled
print("loss went down:", history.history["loss"][-1] < history.history["loss"][0] / 10)
#> loss went down: True
# For raw strings, put the adapted layer in front of the trained model.
full = tf.keras.Sequential([tf.keras.Input(shape=(), dtype="string"), vectorize, model])
print((full(tf.constant(["a really lovely plot"])).numpy() > 0.5).tolist())
#> [[True]]
