"""The library quirks in docs_tools/upstream.py are re-checked whenever a pinned version
changes, and no other module reaches into those libraries' insides."""

import re
from importlib.metadata import version
from pathlib import Path

import pytest

from docs_tools import upstream
from docs_tools.paths import ROOT, display

# The private names the quirks use: each may appear in docs_tools/upstream.py only.
PRIVATE = re.compile(
    r"keras\.src\b|pytest_examples\.run_code|_used_cache_paths|is_documentation_page"
    r"|\bbuild_languages\b|\bcurrent_language\b|_inbound_nodes|_keras_history|_build_shapes_dict"
    r"|plugins\.events\b|_create_environment|_compute_cache_key|_get_cache_path|_get_nb_toc_tokens"
)


@pytest.mark.parametrize("quirk", upstream.QUIRKS, ids=lambda quirk: quirk.name)
def test_each_quirk_was_checked_with_the_installed_versions(quirk):
    assert callable(getattr(upstream, quirk.name, None)), f"upstream.{quirk.name} is missing"
    assert quirk.upstream and quirk.why
    changed = {
        package: (checked, version(package))
        for package, checked in quirk.versions.items()
        if version(package) != checked
    }
    assert not changed, (
        f"docs_tools/upstream.py: {quirk.name} was checked with "
        + ", ".join(f"{p} {old}, now {new}" for p, (old, new) in changed.items())
        + f". Check it still answers a real problem ({quirk.upstream}): remove it if the "
        "library fixed it, else update its versions."
    )


def test_no_other_module_uses_a_librarys_private_names():
    found = []
    for path in sorted((ROOT / "docs_tools").rglob("*.py")):
        if path == Path(upstream.__file__):
            continue
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if PRIVATE.search(line.split("#")[0]):
                found.append(f"{display(path)}:{number}: {line.strip()}")
    assert not found, "move these into docs_tools/upstream.py:\n" + "\n".join(found)


def test_the_private_name_check_finds_one():
    assert PRIVATE.search("from keras.src.models.functional import Functional")
    assert not PRIVATE.search("from keras import layers")
