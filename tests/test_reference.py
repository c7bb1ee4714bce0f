"""The layer reference: every layer class has an entry in both languages (or a reason in
reference.yml why not), and every Default cell is what the installed Keras says.

The classes come from the verified output of snippets/reference/classes.py, so these
tests import no TensorFlow; test_snippets.py proves that output against Keras.
"""

import figures
import pytest

from docs_tools.content import reference
from docs_tools.paths import display

LAYERS = reference.classes()
SETTINGS = reference.config()
PAGES = sorted(reference.reference_pages("en") + reference.reference_pages("ko"))  # no index


def entries_by_name(language):
    return {entry.name: entry for entry in reference.all_entries(language)}


def test_every_layer_class_has_an_entry_in_both_languages_or_a_reason():
    pending = set(SETTINGS["pending"])
    found = {language: entries_by_name(language) for language in ("en", "ko")}
    missing = []
    for layer in LAYERS:
        if reference.excluded(layer, SETTINGS) or layer.name in pending:
            continue
        for language, entries in found.items():
            if layer.name not in entries:
                missing.append(f"{layer.name} ({layer.family}): no entry in the {language} pages")
    figures.add(f"layer reference: {len(pending)} classes pending (reference.yml)")
    assert not missing, "\n".join(missing)


def test_an_entry_sits_on_its_familys_page_under_its_anchor():
    families = {layer.name: reference.family_pages(layer.family) for layer in LAYERS}
    wrong = []
    for language in ("en", "ko"):
        for entry in reference.all_entries(language):
            where = f"{display(entry.page)}:{entry.line}"
            if entry.name not in families:
                wrong.append(f"{where}: {entry.name} is not a layer class of tf.keras.layers")
                continue
            if entry.anchor != entry.name.lower():
                wrong.append(f"{where}: the anchor of {entry.name} must be #{entry.name.lower()}")
            family = families[entry.name]
            if "." not in family[0] and reference.page_name(entry.page) not in family:
                wrong.append(f"{where}: {entry.name} belongs on the {' or '.join(family)} page")
    assert not wrong, "\n".join(wrong)


def test_the_exclusion_and_pending_lists_name_real_classes_without_entries():
    names = {layer.name for layer in LAYERS}
    families = {layer.family for layer in LAYERS}
    written = set(entries_by_name("en")) | set(entries_by_name("ko"))
    wrong = [
        f"excluded: {name} is not a layer class"
        for name in SETTINGS["excluded"]
        if name not in names
    ]
    wrong += [
        f"excluded_families: no class has the family {family}"
        for family in SETTINGS["excluded_families"]
        if family not in families
    ]
    wrong += [
        f"excluded: {name} has no reason" for name, why in SETTINGS["excluded"].items() if not why
    ]
    for name in SETTINGS["pending"]:
        if name not in names:
            wrong.append(f"pending: {name} is not a layer class")
        elif name in written:
            wrong.append(f"pending: {name} has an entry now; remove it from the list")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_every_default_cell_is_what_keras_prints(page):
    problems = reference.default_problems(page)
    assert not problems, "\n".join(problems)


def test_a_wrong_default_and_a_missing_row_are_named(tmp_path):
    snippet = tmp_path / "snippets/reference/demo/defaults.py"
    snippet.parent.mkdir(parents=True)
    snippet.write_text(
        'print("Demo.units = required")\n#> Demo.units = required\n'
        'print("Demo.strides = 1")\n#> Demo.strides = 1\n'
        'print("Demo.use_bias = True")\n#> Demo.use_bias = True\n'
    )
    page = tmp_path / "demo.ko.md"
    page.write_text(
        "# 데모\n\n## Demo {#demo}\n\n| 인자 | 기본값 | 뜻 |\n| --- | --- | --- |\n"
        "| `units` | 필수 | 유닛 수 |\n| `strides` | `2` | 보폭 |\n"
    )
    problems = reference.default_problems(page, snippet)
    assert problems == [
        f"{display(page)}:8: Demo.strides default is '`2`', Keras says '`1`'",
        f"{display(page)}: Demo has no Args row for 'use_bias' ({display(snippet)} prints it)",
    ]


def test_the_index_lists_each_entry_with_its_first_sentence(tmp_path):
    folder = tmp_path / "reference"
    folder.mkdir()
    (folder / "core.md").write_text(
        "# Core layers\n\n## Dense {#dense}\n\n`Dense` computes `x @ kernel + bias`. "
        "More text.\n\n## Identity {#identity}\n\nReturns its input unchanged (unlike "
        "[Dense](#dense)).\n"
    )
    table = reference.index_table("en", tmp_path).splitlines()
    assert table[2:] == [
        "| [`Dense`](core.md#dense) | [Core layers](core.md) | "
        "`Dense` computes `x @ kernel + bias`. |",
        "| [`Identity`](core.md#identity) | [Core layers](core.md) | "
        "Returns its input unchanged (unlike [Dense](core.md#dense)). |",
    ]
