import numpy as np
from sklearn.datasets import load_wine

# 178 wines, 13 chemical measurements each, 3 cultivars; shipped with scikit-learn.
wine = load_wine()
features, labels = wine.data.astype("float32"), wine.target
print(features.shape, np.bincount(labels).tolist())
#> (178, 13) [59, 71, 48]

# The measurements have very different units and ranges.
for column in [10, 4, 12]:
    values = features[:, column]
    print(f"{wine.feature_names[column]:10} {values.min():7.2f} to {values.max():7.2f}")
    #> hue           0.48 to    1.71
    #> magnesium    70.00 to  162.00
    #> proline     278.00 to 1680.00
