from digits_data import load_split
from digits_model import build_model

x_train, x_test, y_train, y_test = load_split()
print(x_train.shape, x_test.shape)
#> (1347, 8, 8) (450, 8, 8)

model = build_model(x_train.shape[1:])  # one 8×8 image: 8 steps of 8 features
model.summary(line_length=72, print_fn=lambda line, **kwargs: print(line))
'''
Model: "functional"
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━┓
┃ Layer (type)                  ┃ Output Shape          ┃      Param # ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━┩
│ input_layer (InputLayer)      │ (None, 8, 8)          │            0 │
├───────────────────────────────┼───────────────────────┼──────────────┤
│ dropout (Dropout)             │ (None, 8, 8)          │            0 │
├───────────────────────────────┼───────────────────────┼──────────────┤
│ conv1d (Conv1D)               │ (None, 8, 10)         │          250 │
├───────────────────────────────┼───────────────────────┼──────────────┤
│ max_pooling1d (MaxPooling1D)  │ (None, 3, 10)         │            0 │
├───────────────────────────────┼───────────────────────┼──────────────┤
│ flatten (Flatten)             │ (None, 30)            │            0 │
├───────────────────────────────┼───────────────────────┼──────────────┤
│ dense (Dense)                 │ (None, 50)            │        1,550 │
├───────────────────────────────┼───────────────────────┼──────────────┤
│ dense_1 (Dense)               │ (None, 10)            │          510 │
└───────────────────────────────┴───────────────────────┴──────────────┘
 Total params: 2,310 (9.02 KB)
 Trainable params: 2,310 (9.02 KB)
 Non-trainable params: 0 (0.00 B)
'''
