import tensorflow as tf
from digits_data import load_split
from digits_model import build_model
from digits_plots import plot_confusion_matrix, plot_learning_curves

tf.keras.utils.set_random_seed(0)  # the same weights, dropout masks and batches each run
tf.config.experimental.enable_op_determinism()
x_train, x_test, y_train, y_test = load_split()

model = build_model(x_train.shape[1:])
model.compile(
    optimizer=tf.keras.optimizers.Adam(0.01),
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy"],
)

history = model.fit(x_train, y_train, validation_split=0.2, epochs=20, verbose=0).history
for epoch in range(len(history["loss"])):
    loss, accuracy = history["loss"][epoch], history["accuracy"][epoch]
    print(f"epoch {epoch + 1:2d}: loss {loss:.2f}, accuracy {accuracy:.2f}")
    #> epoch  1: loss 1.71, accuracy 0.43
    #> epoch  2: loss 0.81, accuracy 0.73
    #> epoch  3: loss 0.62, accuracy 0.78
    #> epoch  4: loss 0.55, accuracy 0.82
    #> epoch  5: loss 0.54, accuracy 0.81
    #> epoch  6: loss 0.48, accuracy 0.84
    #> epoch  7: loss 0.41, accuracy 0.85
    #> epoch  8: loss 0.39, accuracy 0.87
    #> epoch  9: loss 0.41, accuracy 0.86
    #> epoch 10: loss 0.38, accuracy 0.87
    #> epoch 11: loss 0.38, accuracy 0.87
    #> epoch 12: loss 0.40, accuracy 0.86
    #> epoch 13: loss 0.42, accuracy 0.86
    #> epoch 14: loss 0.32, accuracy 0.88
    #> epoch 15: loss 0.35, accuracy 0.87
    #> epoch 16: loss 0.33, accuracy 0.88
    #> epoch 17: loss 0.33, accuracy 0.88
    #> epoch 18: loss 0.31, accuracy 0.89
    #> epoch 19: loss 0.28, accuracy 0.90
    #> epoch 20: loss 0.30, accuracy 0.90

loss, accuracy = model.evaluate(x_test, y_test, verbose=0)
print(f"test accuracy: {accuracy:.2f}")
#> test accuracy: 0.94
assert accuracy > 0.9, f"test accuracy {accuracy:.3f} is not above 0.9"

plot_learning_curves(history)
plot_confusion_matrix(y_test, model.predict(x_test, verbose=0).argmax(axis=1))
