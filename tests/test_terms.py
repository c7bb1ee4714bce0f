"""Korean pages follow the glossary: English on a term's first use, no rejected variants."""

import pytest

from docs_tools import terms

GLOSSARY = """
- ko: 패딩
  en: padding
  page: p.md
  anchor: a
- ko: 인과 패딩
  en: causal padding
  page: p.md
  anchor: a
- ko: 학습
  en: training
  page: p.md
  anchor: a
  not_in: [학습 노트]
  avoid: [훈련]
- ko: 규제
  en: regularization
  also: [regularizer]
  page: p.md
  anchor: a
"""


def test_real_korean_pages_follow_the_glossary():
    problems = terms.problems()
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def check(tmp_path, korean: str) -> list[str]:
    (tmp_path / "glossary.yml").write_text(GLOSSARY)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "p.md").write_text("# P\n")
    (docs / "p.ko.md").write_text(korean)
    found = terms.problems(docs, tmp_path / "glossary.yml")
    return [line.split(": ", 1)[1] for line in found]


def test_first_use_without_english_is_named_with_its_line(tmp_path):
    found = check(tmp_path, "# 패딩\n\n패딩을 씁니다. 패딩(padding)은 나중에.\n")
    assert found == ["first use of 패딩 needs the English: 패딩(padding)"]


def test_first_use_with_english_passes_also_in_bold(tmp_path):
    assert check(tmp_path, "**패딩(padding)**을 씁니다. 패딩은 두 번째.\n") == []


def test_a_longer_term_claims_its_words(tmp_path):
    text = "인과 패딩(causal padding)만 있고, 뒤에 패딩(padding)이 나옵니다.\n"
    assert check(tmp_path, text) == []


def test_phrase_where_the_word_means_something_else_is_skipped(tmp_path):
    assert check(tmp_path, "학습 노트를 봅니다. 학습(training) 중에는...\n") == []


def test_code_math_headings_and_link_targets_are_not_prose(tmp_path):
    text = (
        "# 학습\n\n`학습` $\\text{학습}$ [x](학습.md)\n\n```python\n# 학습\n```\n\n$$\n학습\n$$\n"
    )
    assert check(tmp_path, text) == []


def test_accepted_english_variant(tmp_path):
    assert check(tmp_path, "규제(regularizer)를 줍니다.\n") == []


def test_rejected_variant_is_named(tmp_path):
    found = check(tmp_path, "학습(training) 대신 훈련이라고 쓰면 안 됩니다.\n")
    assert found == ["uses 훈련; the glossary's term is 학습(training)"]
