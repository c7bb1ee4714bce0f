import matplotlib.pyplot as plt
from sklearn.metrics import ConfusionMatrixDisplay


def plot_learning_curves(history):
    """Loss and accuracy per epoch, on the training and the validation data."""
    figure, panels = plt.subplots(1, 2, figsize=(9, 3.5))
    for panel, metric in zip(panels, ["loss", "accuracy"], strict=True):
        panel.plot(history[metric], label="training")
        panel.plot(history["val_" + metric], label="validation")
        panel.set(xlabel="epoch", ylabel=metric)
        panel.legend()
    figure.tight_layout()
    plt.show()


def plot_confusion_matrix(labels, predicted):
    """Rows: the true digit; columns: the digit the model chose."""
    display = ConfusionMatrixDisplay.from_predictions(labels, predicted, colorbar=False)
    display.figure_.set_size_inches(5, 5)
    plt.show()
