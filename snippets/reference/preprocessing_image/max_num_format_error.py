import numpy as np
import tensorflow as tf

data = {
    "images": np.zeros((1, 8, 8, 3), dtype="float32"),
    "bounding_boxes": {"boxes": np.zeros((1, 3, 4), "float32"), "labels": np.ones((1, 3))},
}
# Without bounding_box_format the layer cannot read the boxes.
try:
    tf.keras.layers.MaxNumBoundingBoxes(2)(data)
except ValueError as error:
    print(type(error).__name__)
    #> ValueError
    message = str(error).replace("\x1b[1m", "").replace("\x1b[0m", "")
    print(message.split("\n")[2].split(". ")[0])
    '''
    You passed an input with a 'bounding_boxes' key, but you didn't specify a bounding box format
    '''
