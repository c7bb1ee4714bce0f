import os

import pytest
from site_copy import build, copy_site

# Quiet TensorFlow's C++ logging before any test imports it.
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """A copy of the site built once from an empty cache, then built again unchanged."""
    root = copy_site(tmp_path_factory.mktemp("site"))
    cache = root / "cache"
    first = build(root, cache)
    assert first.returncode == 0, f"the site copy did not build:\n{first.stderr[-3000:]}"
    second = build(root, cache)
    return root, cache, first, second
