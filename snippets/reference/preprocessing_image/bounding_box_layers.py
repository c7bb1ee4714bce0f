import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
layers = tf.keras.layers
data = {
    "images": np.zeros((1, 8, 8, 3), dtype="float32"),
    "bounding_boxes": {"boxes": np.array([[[0.0, 0.0, 2.0, 4.0]]]), "labels": np.array([[1]])},
}
# Which layers accept bounding_box_format and transform the boxes with the image?
for layer_class, args in [
    (layers.RandomRotation, (0.2,)),
    (layers.RandomZoom, (0.3,)),
    (layers.RandomTranslation, (0.2, 0.2)),
    (layers.RandomShear, (0.3, 0.3)),
    (layers.RandomPerspective, ()),
    (layers.RandomCrop, (6, 6)),
    (layers.CenterCrop, (6, 6)),
    (layers.Resizing, (4, 4)),
    (layers.RandomElasticTransform, ()),
    (layers.RandomHeight, (0.3,)),
]:
    try:
        layer = layer_class(*args, bounding_box_format="xyxy")
        layer(dict(data, bounding_boxes=dict(data["bounding_boxes"])), training=True)
        print(f"{layer_class.__name__}: transforms the boxes")
        #> RandomRotation: transforms the boxes
        #> RandomZoom: transforms the boxes
        #> RandomTranslation: transforms the boxes
        #> RandomShear: transforms the boxes
        #> RandomPerspective: transforms the boxes
        #> RandomCrop: transforms the boxes
        #> CenterCrop: transforms the boxes
        #> Resizing: transforms the boxes
    except (NotImplementedError, ValueError, TypeError) as error:
        print(f"{layer_class.__name__}: {type(error).__name__}")
        #> RandomElasticTransform: NotImplementedError
        #> RandomHeight: ValueError
