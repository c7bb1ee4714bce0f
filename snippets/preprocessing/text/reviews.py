import numpy as np

GOOD = ["great", "good", "lovely", "fun"]
BAD = ["bad", "awful", "boring", "dull"]
FILLER = ["the", "movie", "plot", "was", "acting", "really", "and", "very"]


def make_reviews(count, seed):
    """Short generated reviews: four filler words and one word that decides the label."""
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, 2, count)  # 1: positive, 0: negative
    texts = []
    for label in labels:
        words = list(rng.choice(FILLER, 4)) + [rng.choice(GOOD if label else BAD)]
        rng.shuffle(words)
        texts.append(" ".join(words))
    return np.array(texts, dtype=object), labels  # object: strings Keras accepts
