import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split


def load_split():
    """scikit-learn's 1,797 handwritten digits, 8×8 pixels, split 75/25 with a fixed seed."""
    digits = load_digits()  # ships inside scikit-learn: nothing is downloaded
    images = (digits.images / 16.0).astype(np.float32)  # pixel values 0..16 -> 0..1
    return train_test_split(
        images, digits.target, test_size=0.25, random_state=0, stratify=digits.target
    )
