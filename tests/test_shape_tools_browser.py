"""The shape calculator and a model diagram on the built site, in both languages.

The calculator is typed into as a reader would, and what it shows is compared with
what Keras itself answers for the same layer.
"""

import pytest
from test_browser import ARTIFACTS, visit

LABELS = {
    "en": {"layer": "Layer", "input": "Input shape, without the batch axis", "filters": "filters"},
    "ko": {"layer": "레이어", "input": "입력 형태(배치 축 제외)", "filters": "filters"},
}
RESULT = {
    "en": ("Output shape", "Parameters", "TensorFlow raises"),
    "ko": ("출력 형태", "파라미터 수", "TensorFlow가 내는 오류"),
}


def keras_answer(layer, input_shape, **arguments):
    import keras

    keras.backend.clear_session(free_memory=False)
    try:
        made = getattr(keras.layers, layer)(**arguments)
        shape = made(keras.Input(input_shape)).shape
    except ValueError as error:
        return f"ValueError: {str(error).split('. ')[0]}"
    return str(tuple(shape)), str(made.count_params())


def shown(page):
    """The result region's rows, by what they show: shape, params, error."""
    rows = page.locator(".shape-calculator__result p")
    return {
        rows.nth(i).get_attribute("data-result"): rows.nth(i).inner_text()
        for i in range(rows.count())
    }


def type_into(page, field, text):
    """Select the field's text with the keyboard and type over it."""
    field.focus()
    page.keyboard.press("Control+A")
    page.keyboard.press("Backspace")
    page.keyboard.type(text)


@pytest.mark.parametrize("language", ["en", "ko"])
def test_calculator_answers_like_keras(browser, site, language):
    context = browser.new_context(viewport={"width": 375, "height": 812})
    prefix = "/ko" if language == "ko" else ""
    page, problems, _ = visit(context, site + prefix + "/layers/convolution/")
    labels, (shape_label, params_label, error_label) = LABELS[language], RESULT[language]
    form = page.locator(".shape-calculator")  # labels such as 레이어 are in the navigation too
    region = page.locator(".shape-calculator__result")
    assert region.get_attribute("aria-live") == "polite"
    assert region.get_attribute("role") == "status"

    form.get_by_label(labels["layer"], exact=True).select_option("Conv1D")
    type_into(page, form.get_by_label(labels["input"], exact=True), "10, 3")
    page.keyboard.press("Tab")  # the next field in order is filters
    page.keyboard.press("Control+A")
    page.keyboard.press("Backspace")
    page.keyboard.type("8")
    assert page.evaluate("document.activeElement.id").endswith("-filters")
    shape, params = keras_answer("Conv1D", (10, 3), filters=8, kernel_size=3)
    rows = shown(page)
    assert rows["shape"] == f"{shape_label}: {shape}"
    assert rows["params"] == f"{params_label}: {params}"

    # strides and dilation both above 1: the error Keras raises, by the same keyboard.
    type_into(page, form.get_by_label("strides", exact=True), "2")
    type_into(page, form.get_by_label("dilation_rate", exact=True), "2")
    error = keras_answer("Conv1D", (10, 3), filters=8, kernel_size=3, strides=2, dilation_rate=2)
    rows = shown(page)
    assert rows["error"].startswith(f"{error_label}: {error}")
    assert "shape" not in rows

    # A pooling layer hides the convolution-only fields and names its window pool_size.
    form.get_by_label(labels["layer"], exact=True).select_option("MaxPooling1D")
    assert form.get_by_label("filters", exact=True).is_hidden()
    type_into(page, form.get_by_label("pool_size", exact=True), "4")
    type_into(page, form.get_by_label("strides", exact=True), "")
    shape, params = keras_answer("MaxPooling1D", (10, 3), pool_size=4)
    assert shown(page)["shape"] == f"{shape_label}: {shape}"
    assert problems == [], "\n".join(problems)
    ARTIFACTS.mkdir(exist_ok=True)
    form.screenshot(path=ARTIFACTS / f"calculator-{language}-375px.png")
    context.close()


@pytest.mark.parametrize("language", ["en", "ko"])
def test_diagram_fits_a_phone_and_its_table_tells_the_same(browser, site, language):
    page = browser.new_page(viewport={"width": 375, "height": 812})
    page.goto(site + ("/ko" if language == "ko" else "") + "/models/functional/")
    figure = page.locator("figure.model-diagram").last
    drawing = figure.locator("svg")
    assert drawing.get_attribute("role") == "img"
    caption = figure.locator("figcaption")
    assert drawing.get_attribute("aria-labelledby") == caption.get_attribute("id")
    assert drawing.bounding_box()["width"] <= 375
    # The table (the text alternative) names every layer the drawing names, in order.
    drawn = figure.locator("svg text.model-diagram__name").all_text_contents()
    figure.locator("summary").click()
    listed = figure.locator("tbody tr td:first-child").all_inner_texts()
    assert listed, "the diagram's table lists no layer"  # two empty lists would be equal
    assert [text.split(" · ")[0] for text in drawn] == listed
    ARTIFACTS.mkdir(exist_ok=True)
    figure.screenshot(path=ARTIFACTS / f"diagram-{language}-375px.png")
    page.close()
