import numpy as np
import tensorflow as tf

# One image with three boxes (x1, y1, x2, y2) and their class labels.
data = {
    "images": np.zeros((1, 8, 8, 3), dtype="float32"),
    "bounding_boxes": {
        "boxes": np.array([[[0, 0, 2, 4], [1, 1, 3, 3], [4, 4, 8, 8]]], dtype="float32"),
        "labels": np.array([[1, 2, 3]]),
    },
}
for max_number in (2, 5):  # keeps the first two; pads to five with -1
    layer = tf.keras.layers.MaxNumBoundingBoxes(max_number, bounding_box_format="xyxy")
    boxes = layer(data)["bounding_boxes"]
    print(tuple(boxes["boxes"].shape), boxes["labels"].numpy())
    #> (1, 2, 4) [[1 2]]
    #> (1, 5, 4) [[ 1  2  3 -1 -1]]
