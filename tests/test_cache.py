"""A cached pass is reused only while everything that shaped it is unchanged."""

import pytest

from docs_tools.verify import cache


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "ROOT", tmp_path)
    monkeypatch.setenv("DOCS_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "snippets" / "topic"
    folder.mkdir(parents=True)
    (folder / "helper.py").write_text("SIZE = 3\n")
    (folder / "deep.py").write_text("import helper\n")
    snippet = folder / "example.py"
    snippet.write_text("import numpy as np\nfrom deep import x\n\nprint(3)\n#> 3\n")
    cache.mark_verified(snippet)
    return snippet


def test_unchanged_snippet_stays_verified(project):
    assert cache.is_verified(project)


def test_changed_snippet_is_not_verified(project):
    project.write_text(project.read_text() + "\n")
    assert not cache.is_verified(project)


def test_change_to_a_file_it_imports_even_indirectly_invalidates(project):
    assert [p.name for p in cache.local_imports(project)] == ["deep.py", "helper.py"]
    (project.parent / "helper.py").write_text("SIZE = 4\n")
    assert not cache.is_verified(project)


def test_change_of_tensorflow_version_invalidates(project, monkeypatch):
    versions = {**cache.versions(), "tensorflow": "2.20.0"}
    monkeypatch.setattr(cache, "versions", lambda: versions)
    assert not cache.is_verified(project)


def test_change_to_the_verifier_invalidates(project, monkeypatch, tmp_path):
    verifier = tmp_path / "snippet.py"
    verifier.write_text("# another definition of verified\n")
    files = [*cache.verifier_files(), verifier]
    monkeypatch.setattr(cache, "verifier_files", lambda: files)
    assert not cache.is_verified(project)
