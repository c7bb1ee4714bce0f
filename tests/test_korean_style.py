"""Korean pages follow korean-style.md: the rules it marks [검사], besides the glossary's
(tests/test_terms.py), and generated output in Korean."""

import base64
import json
import re

import pytest

from docs_tools import notebooks
from docs_tools.compat import page as compat_page
from docs_tools.content import benchmarks, glossary, korean_style, pages, quality
from docs_tools.paths import ROOT
from docs_tools.site import diagrams, markdown
from docs_tools.verify import localize


def test_real_korean_pages_follow_the_style_guide():
    problems = korean_style.problems()
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def check(tmp_path, korean: str) -> list[str]:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "p.md").write_text("# P\n")
    (docs / "p.ko.md").write_text(korean)
    return [line.replace(f"{tmp_path}/", "") for line in korean_style.problems(docs)]


def test_the_guide_tables_are_the_lint_data():
    assert korean_style.names()["Keras"] == "모음"
    assert korean_style.names()["Model"] == "ㄹ"
    assert "에 대고" in korean_style.calques()


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Keras 3는 다릅니다.", "3는 should be 3은"),
        ("값 2은 작습니다.", "2은 should be 2는"),
        ("길이가 10가 됩니다.", "10가 should be 10이"),
        ("3로 나눕니다.", "3로 should be 3으로"),
        ("1으로 나눕니다.", "1으로 should be 1로"),
        ("0.9을 넘습니다.", "0.9을 should be 0.9를"),
        ("Python는 빠릅니다.", "Python는 should be Python은"),
        ("`Dense`은 레이어입니다.", "Dense은 should be Dense는"),
        ("`Model`으로 만듭니다.", "Model으로 should be Model로"),
    ],
)
def test_a_particle_that_does_not_match_the_reading_is_named_with_its_line(tmp_path, text, wrong):
    assert check(tmp_path, f"# 제목\n\n{text}\n") == [
        f"docs/p.ko.md:3: {wrong} (read as it sounds; korean-style.md 3절)"
    ]


def test_particles_read_as_spoken_pass(tmp_path):
    text = (
        "Keras 3은 TensorFlow 2로 씁니다. 10은 십, 100을 백, 1로 일, 0.9는 구, 8로 팔, "
        "2,310은 십, 2가지와 3개는 조사가 아닙니다. `Dense`는 덴스, Python은 파이썬, "
        "`Model`로 만듭니다. Conv1D는 디로 끝납니다.\n"
    )
    assert check(tmp_path, text) == []


def test_a_calque_is_named(tmp_path):
    found = check(tmp_path, "\n레이어를 텐서에 대고 *호출*합니다.\n")
    assert found == ["docs/p.ko.md:2: '에 대고' is a calque (korean-style.md 4절)"]


def test_a_sentence_not_in_hamnida_style_is_named(tmp_path):
    found = check(tmp_path, "출력이 나온다. 그리고 값이 커요.\n")
    assert found == [
        "docs/p.ko.md:1: '출력이 나온다.' is not 합니다체 (korean-style.md 1절)",
        "docs/p.ko.md:1: '그리고 값이 커요.' is not 합니다체 (korean-style.md 1절)",
    ]


def test_nested_or_back_to_back_parentheses_are_named(tmp_path):
    text = "공간 축(spatial axis)(시퀀스)입니다.\n\n([패딩(padding)](#padding) 참고)\n"
    assert check(tmp_path, text) == [
        "docs/p.ko.md:1: parentheses back to back; rewrite the sentence",
        "docs/p.ko.md:3: parentheses inside parentheses; rewrite the sentence",
    ]


def test_a_heading_in_plain_style_is_named(tmp_path):
    text = "## 연산은 바로 값을 돌려준다 {#a}\n\n## 모든 예제는 프로그램입니다\n\n## 호출마다\n"
    assert check(tmp_path, text) == [
        "docs/p.ko.md:1: the heading ends in 해라체; write a noun phrase or 합니다체 "
        "(korean-style.md 1절)"
    ]


def test_a_glossary_term_split_across_lines_is_named(tmp_path):
    text = "모델을 정의할 때는 심볼릭\n텐서를 받습니다.\n"
    assert check(tmp_path, text) == [
        "docs/p.ko.md:1: 심볼릭 텐서 is split across two lines; keep it on one line"
    ]


def test_code_and_link_targets_do_not_count_as_parentheses(tmp_path):
    text = "`Dense(3)`(유닛 3개)는 [레이어](a(b).md)입니다.\n"
    assert check(tmp_path, text) == []


def test_a_sentence_running_into_a_formula_is_named(tmp_path):
    text = "유효 커널 크기는\n\n$$\nk = 1\n$$\n\n스텝입니다. 크기는 다음과 같습니다.\n\n$$\nk\n$$\n"
    assert check(tmp_path, text) == [
        "docs/p.ko.md:3: the sentence before this formula runs into it; end it before the "
        "formula (korean-style.md 4절)"
    ]


def test_english_in_a_korean_formula_is_named_unless_it_is_code(tmp_path):
    formula = "\\text{parameters} = \\text{units} \\times \\text{Bernoulli}"
    text = f"`units`를 씁니다.\n\n$$\n{formula}\n$$\n"
    assert check(tmp_path, text) == [
        "docs/p.ko.md:4: the formula says 'parameters'; write its words in Korean, or show "
        "the code name in backticks (korean-style.md 6절)"
    ]


# Generated output ---------------------------------------------------------------------


def test_english_words_outside_code_are_found():
    assert korean_style.english_words("| `x` | no weights | **total** | 6 |") == [
        "no",
        "weights",
        "total",
    ]
    assert korean_style.english_words("| `dense` | Dense | valid | True |", {"valid"}) == []


def korean_outputs():
    for page in pages.all_pages():
        if pages.is_korean(page):
            for include in pages.includes(page):
                if include.kind == "output":
                    yield include


@pytest.mark.parametrize("include", list(korean_outputs()), ids=lambda i: i.where)
def test_korean_tables_from_snippets_show_no_english(include):
    values = korean_style.one_word_strings(include.file)
    english = {
        line: words
        for line in localize.printed(include.file, "ko")
        if (words := korean_style.english_words(line, values))
    }
    assert not english, f"{include.where}: English in the table it shows: {english}"


def test_the_english_page_shows_the_snippet_as_printed():
    snippet = ROOT / "snippets/layers/cnn/layer_table.py"
    english, korean = localize.printed(snippet, "en"), localize.printed(snippet, "ko")
    assert "| **total** |" in english[-1] and "| **합계** |" in korean[-1]
    assert "no weights" in english[0] and "가중치 없음" in korean[0]


def test_korean_generated_tables_and_captions_show_no_english():
    versions = {"tensorflow": "2.21.0", "keras": "3.15.1"}
    texts = {
        "quality table": quality.table(korean=True),
        "benchmarks table": benchmarks.table(korean=True),
        "compatibility matrix": compat_page.matrix("ko"),
        "glossary table header": glossary.table(korean=True).splitlines()[0],
        "code block stamp": markdown.STAMP["ko"].format(**versions),
        "output caption": markdown.PRINTED_BY["ko"].format(name="x.py", **versions),
        "notebook intro": notebooks.INTRO["ko"].format(**versions),
        "stale notice": " ".join(markdown.STALE_NOTICE["ko"]),
    }
    model = {
        "class": "Functional",
        "kind": "graph",
        "params": 5,
        "nodes": [
            {
                "name": "input",
                "class": "InputLayer",
                "shape": "(None, 4)",
                "params": 0,
                "inputs": [],
            },
            {"name": "dense", "class": "Dense", "shape": "(None, 1)", "params": 5, "inputs": [0]},
            {"name": "again", "class": "Dense", "shape": None, "params": None, "inputs": None},
        ],
    }
    # The drawing names each layer (code); its other words are checked one by one.
    figure = re.sub(r"<svg.*</svg>", "", diagrams.figure(model, "snippets/x.py", "ko"))
    details = [diagrams._details(node, diagrams.TEXT["ko"]) for node in model["nodes"]]
    texts["diagram"] = figure + " ".join(details)
    english = {
        name: words for name, text in texts.items() if (words := korean_style.english_words(text))
    }
    assert not english, english


def test_korean_figures_translate_every_word_or_the_build_says_which():
    png = {"output_type": "display_data", "data": {"image/png": "AAAA"}}
    assert localize.figure_problems("snippets/p.py", [png], expected=True) == [
        "snippets/p.py:1: a figure it shows has no Korean copy"
    ]
    copy = '{"png": "BBBB", "untranslated": ["val_loss"]}'
    both = {"output_type": "display_data", "data": {**png["data"], localize.KOREAN_FIGURE: copy}}
    assert localize.figure_problems("snippets/p.py", [both], expected=True) == [
        "snippets/p.py:1: its figure shows 'val_loss', which docs_tools/verify/localize.py "
        "does not translate for the Korean page"
    ]
    assert localize.in_language([both], "ko")[0]["data"] == {"image/png": "BBBB"}
    assert localize.in_language([both], "en")[0]["data"] == {"image/png": "AAAA"}


def test_a_figure_gets_a_korean_copy_with_its_words_translated():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots()
    axes.set_xlabel("epoch")
    axes.set_ylabel("val_loss")
    copy = json.loads(localize.korean_copy(figure))
    plt.close(figure)
    assert copy["untranslated"] == ["val_loss"]
    assert base64.b64decode(copy["png"]).startswith(b"\x89PNG")
    assert axes.get_xlabel() == "epoch"  # the English figure is left as it was


def test_digits_figure_words_are_all_in_the_table():
    plots = (ROOT / "snippets/training/digits/digits_plots.py").read_text("utf-8")
    for word in ("training", "validation", "epoch", "loss", "accuracy"):
        assert f'"{word}"' in plots and word in localize.KOREAN
