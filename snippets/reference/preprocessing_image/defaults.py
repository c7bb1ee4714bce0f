import inspect

import tensorflow as tf

names = ["Rescaling", "Resizing", "CenterCrop", "RandomCrop", "RandomFlip"]
names += ["RandomRotation", "RandomZoom", "RandomTranslation", "RandomHeight"]
names += ["RandomWidth", "RandomShear", "RandomPerspective", "RandomElasticTransform"]
names += ["MaxNumBoundingBoxes"]
# One line per constructor argument: its default as Python writes it, or "required".
for name in names:
    layer_class = getattr(tf.keras.layers, name)
    for arg in inspect.signature(layer_class).parameters.values():
        if arg.kind in (arg.VAR_POSITIONAL, arg.VAR_KEYWORD):
            continue  # **kwargs: name, dtype and the other base Layer arguments
        default = "required" if arg.default is arg.empty else repr(arg.default)
        print(f"{name}.{arg.name} = {default}")
        #> Rescaling.scale = required
        #> Rescaling.offset = 0.0
        #> Resizing.height = required
        #> Resizing.width = required
        #> Resizing.interpolation = 'bilinear'
        #> Resizing.crop_to_aspect_ratio = False
        #> Resizing.pad_to_aspect_ratio = False
        #> Resizing.fill_mode = 'constant'
        #> Resizing.fill_value = 0.0
        #> Resizing.antialias = False
        #> Resizing.data_format = None
        #> CenterCrop.height = required
        #> CenterCrop.width = required
        #> CenterCrop.data_format = None
        #> RandomCrop.height = required
        #> RandomCrop.width = required
        #> RandomCrop.seed = None
        #> RandomCrop.data_format = None
        #> RandomCrop.name = None
        #> RandomFlip.mode = 'horizontal_and_vertical'
        #> RandomFlip.seed = None
        #> RandomFlip.data_format = None
        #> RandomRotation.factor = required
        #> RandomRotation.fill_mode = 'reflect'
        #> RandomRotation.interpolation = 'bilinear'
        #> RandomRotation.seed = None
        #> RandomRotation.fill_value = 0.0
        #> RandomRotation.data_format = None
        #> RandomZoom.height_factor = required
        #> RandomZoom.width_factor = None
        #> RandomZoom.fill_mode = 'reflect'
        #> RandomZoom.interpolation = 'bilinear'
        #> RandomZoom.seed = None
        #> RandomZoom.fill_value = 0.0
        #> RandomZoom.data_format = None
        #> RandomTranslation.height_factor = required
        #> RandomTranslation.width_factor = required
        #> RandomTranslation.fill_mode = 'reflect'
        #> RandomTranslation.interpolation = 'bilinear'
        #> RandomTranslation.seed = None
        #> RandomTranslation.fill_value = 0.0
        #> RandomTranslation.data_format = None
        #> RandomHeight.factor = required
        #> RandomHeight.interpolation = 'bilinear'
        #> RandomHeight.seed = None
        #> RandomWidth.factor = required
        #> RandomWidth.interpolation = 'bilinear'
        #> RandomWidth.seed = None
        #> RandomShear.x_factor = 0.0
        #> RandomShear.y_factor = 0.0
        #> RandomShear.interpolation = 'bilinear'
        #> RandomShear.fill_mode = 'reflect'
        #> RandomShear.fill_value = 0.0
        #> RandomShear.data_format = None
        #> RandomShear.seed = None
        #> RandomPerspective.factor = 1.0
        #> RandomPerspective.scale = 1.0
        #> RandomPerspective.interpolation = 'bilinear'
        #> RandomPerspective.fill_value = 0.0
        #> RandomPerspective.seed = None
        #> RandomPerspective.data_format = None
        #> RandomElasticTransform.factor = 1.0
        #> RandomElasticTransform.scale = 1.0
        #> RandomElasticTransform.interpolation = 'bilinear'
        #> RandomElasticTransform.fill_mode = 'reflect'
        #> RandomElasticTransform.fill_value = 0.0
        #> RandomElasticTransform.value_range = (0, 255)
        #> RandomElasticTransform.seed = None
        #> RandomElasticTransform.data_format = None
        #> MaxNumBoundingBoxes.max_number = required
        #> MaxNumBoundingBoxes.fill_value = -1
