import numpy as np
import tensorflow as tf


def one_image_one_box():
    # An 8x8 image with one box, x from 0 to 2, y from 0 to 4 ("xyxy": x1, y1, x2, y2).
    boxes = np.array([[[0.0, 0.0, 2.0, 4.0]]], dtype="float32")
    return {
        "images": np.zeros((1, 8, 8, 3), dtype="float32"),
        "bounding_boxes": {"boxes": boxes, "labels": np.array([[1]])},
    }


flip = tf.keras.layers.RandomFlip("horizontal", seed=0, bounding_box_format="xyxy")

# Training: the image is flipped and its box moves with it, to x from 6 to 8.
data = one_image_one_box()
print(flip(data, training=True)["bounding_boxes"]["boxes"].numpy())
#> [[[6. 0. 8. 4.]]]
# The layer also wrote the new boxes into the dict it was given.
print(np.asarray(data["bounding_boxes"]["boxes"]))
#> [[[6. 0. 8. 4.]]]

# Inference: image and box unchanged.
print(flip(one_image_one_box(), training=False)["bounding_boxes"]["boxes"].numpy())
#> [[[0. 0. 2. 4.]]]
