"""requirements.lock matches requirements.txt: same direct pins, every package hashed."""

from docs_tools import lock


def test_lock_matches_the_direct_pins():
    assert lock.problems() == []


def test_a_changed_pin_or_a_removed_package_is_caught(tmp_path):
    direct = tmp_path / "requirements.txt"
    locked = tmp_path / "requirements.lock"
    locked.write_text(
        "mkdocs==1.6.1 \\\n    --hash=sha256:ab\n    # via -r requirements.txt\n"
        "click==8.1.0 \\\n    --hash=sha256:cd\n    # via mkdocs\n"
        "ruff==0.17.5 \\\n    --hash=sha256:ef\n    # via -r requirements.txt\n"
        "idna==3.0\n    # via requests\n"
    )
    direct.write_text("mkdocs==1.6.2\n")
    found = lock.problems(direct, locked)
    assert found[0].startswith("mkdocs==1.6.2 in ") and found[0].endswith(", 1.6.1 in the lock")
    assert any("ruff is locked as direct but no longer" in f for f in found)
    assert any("idna has no hash" in f for f in found)
