"""Korean pages follow the glossary (korean-style.md, 2절): English where a term is taught
and on its first use on other pages (basic terms only where taught), once per page, never
for a term named in English, and no rejected variants."""

import pytest

from docs_tools.content import glossary, terms

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
- ko: 레이어
  en: layer
  basic: true
  page: p.md
  anchor: a
- ko: 텐서
  en: tensor
  basic: true
  page: q.md
  anchor: a
- ko: Sequential 모델
  en: Sequential model
  avoid: [순차 모델]
  page: q.md
  anchor: a
- ko: 타임스텝
  en: timestep
  avoid: [스텝]
  page: q.md
  anchor: a
"""


def test_real_korean_pages_follow_the_glossary():
    problems = terms.problems()
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def check(tmp_path, korean: str) -> list[str]:
    (tmp_path / "glossary.yml").write_text(GLOSSARY)
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    (docs / "p.md").write_text("# P\n")
    (docs / "p.ko.md").write_text(korean)
    found = terms.problems(docs, tmp_path / "glossary.yml")
    return [line.replace(f"{tmp_path}/", "") for line in found]


def test_first_use_without_english_is_named_with_its_line(tmp_path):
    found = check(tmp_path, "# 패딩\n\n패딩을 씁니다. 패딩은 나중에.\n")
    assert found == ["docs/p.ko.md:3: first use of 패딩 needs the English: 패딩(padding)"]


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
    assert found == ["docs/p.ko.md:1: uses 훈련; the glossary's term is 학습(training)"]


def test_a_second_gloss_is_named(tmp_path):
    found = check(tmp_path, "패딩(padding)을 씁니다.\n\n다시 패딩(padding)입니다.\n")
    assert found == [
        "docs/p.ko.md:3: 패딩 is glossed again; the English goes after its first use only (line 1)"
    ]


def test_a_basic_term_is_glossed_where_it_is_taught_only(tmp_path):
    # 레이어 is taught on p.md (this page), 텐서 on q.md.
    assert check(tmp_path, "레이어(layer)와 텐서를 씁니다.\n") == []
    found = check(tmp_path, "레이어와 텐서(tensor)를 씁니다.\n")
    assert found == [
        "docs/p.ko.md:1: first use of 레이어 needs the English: 레이어(layer)",
        "docs/p.ko.md:1: 텐서 is a basic term (glossary.yml:26): gloss it only on "
        "docs/q.ko.md, where it is taught",
    ]


def test_a_term_named_in_english_needs_no_gloss(tmp_path):
    assert check(tmp_path, "Sequential 모델을 씁니다.\n") == []
    found = check(tmp_path, "Sequential 모델(Sequential model)을 씁니다.\n")
    assert found == ["docs/p.ko.md:1: Sequential 모델 needs no English"]
    found = check(tmp_path, "순차 모델을 씁니다.\n")
    assert found == [
        "docs/p.ko.md:1: uses 순차 모델; the glossary's term is Sequential 모델(Sequential model)"
    ]


def test_a_rejected_variant_inside_a_longer_term_is_not_named(tmp_path):
    assert check(tmp_path, "타임스텝(timestep)마다 씁니다.\n") == []
    found = check(tmp_path, "타임스텝(timestep)과 스텝\n")
    assert found == ["docs/p.ko.md:1: uses 스텝; the glossary's term is 타임스텝(timestep)"]


# korean-style.md, 5절: one term per concept. Each decision is a rejected variant, so the
# real pages are held to it; this keeps the decisions themselves in the glossary.
DECISIONS = {
    "순차 모델": "Sequential 모델",
    "Model 상속": "서브클래싱",
    "훈련": "학습",
    "학습 노트": "공부 노트",
    "스텝": "타임스텝",
    "학습 스텝": "학습 단계",
    "인수": "인자",
    "그래디언트": "그레이디언트",
    "컨볼루션": "합성곱",
    "과대적합": "과적합",
}


def test_the_style_guides_term_decisions_are_in_the_glossary():
    avoided = {word: term.ko for term in glossary.load() for word in term.avoid}
    assert {word: avoided.get(word) for word in DECISIONS} == DECISIONS
    basic = {term.ko for term in glossary.load() if term.basic}
    assert {"레이어", "텐서", "형태", "가중치", "학습", "샘플"} <= basic
