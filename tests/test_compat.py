"""The TensorFlow release matrix: current data, honest rendering, the CI workflow."""

import copy
import json
import re
from pathlib import Path

import pytest
import yaml

from docs_tools import compat, verify
from docs_tools.compat import page as compat_page
from docs_tools.compat import run as compat_run
from docs_tools.compat import worker as compat_worker
from docs_tools.paths import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "compat-matrix.yml"


@pytest.fixture(scope="module")
def data():
    return compat.load()


def test_matrix_data_describes_the_current_snippets(data):
    problems = compat.stale(data)
    assert not problems, (
        f"compat/matrix.json is older than what it describes; run `{compat.COMMAND}`:\n"
        + "\n".join(problems)
    )


def test_stale_names_a_changed_a_missing_and_an_unmeasured_snippet(data):
    broken = copy.deepcopy(data)
    # Snippets the data describes correctly, so each problem below is the one made here.
    already = "\n".join(compat.stale(data))
    names = sorted(name for name in broken["snippets"] if name not in already)
    broken["snippets"][names[0]]["sha256"] = "0" * 64
    del broken["snippets"][names[1]]
    del broken["snippets"][names[2]]["results"]["2.16"]
    broken["snippets"]["snippets/gone.py"] = {"sha256": "", "results": {}}
    problems = compat.stale(broken)
    assert f"{names[0]}: changed since it was measured in compat/matrix.json" in problems
    assert f"{names[1]}: not measured in compat/matrix.json" in problems
    assert f"{names[2]}: not measured on 2.16 in compat/matrix.json" in problems
    assert "snippets/gone.py: no longer exists" in problems
    broken["releases"].pop(0)
    assert any("measured releases" in p for p in compat.stale(broken))


def test_releases_run_from_2_16_to_the_pinned_one(data):
    pinned = compat.pins()
    names = [r.name for r in compat.releases()]
    assert names[0] == "2.16" and names[-1] == ".".join(pinned["tensorflow"].split(".")[:2])
    assert [int(n.split(".")[1]) for n in names] == list(range(16, 16 + len(names)))
    last = compat.releases()[-1]
    assert (last.tensorflow, last.keras) == (pinned["tensorflow"], pinned["keras"])


def test_each_environment_had_the_versions_it_was_meant_to(data):
    for release in data["releases"]:
        if release["error"]:
            continue  # could not be installed or run: the page says so
        versions = release["versions"]
        assert versions["tensorflow"] == release["tensorflow_wanted"], release["release"]
        assert versions["keras"] == release["keras_wanted"], release["release"]
        assert versions["pytest-examples"] == compat.pins()["pytest-examples"]


def test_the_pinned_column_agrees_with_normal_verification(data):
    # tests/test_snippets.py passes every snippet on the pinned versions; so must the matrix.
    pinned = compat.releases()[-1].name
    assert pinned in [r["release"] for r in data["releases"]], f"{pinned} was not measured"
    failing = {
        name: entry["results"][pinned]["status"]
        for name, entry in data["snippets"].items()
        if entry["results"].get(pinned, {}).get("status") != "pass"
    }
    assert not failing


def test_base_requirements_swap_only_tensorflow_and_keras():
    kept = compat_run.base_requirements()
    assert "tensorflow==" not in kept and "keras==" not in kept
    pins = [line for line in compat.REQUIREMENTS.read_text().splitlines() if "==" in line]
    assert kept.splitlines() == [p for p in pins if not p.startswith(("tensorflow", "keras"))]
    assert "pytest-examples==" in kept


def test_a_comment_in_the_requirements_does_not_change_the_recipe(tmp_path, monkeypatch):
    before = compat_run.base_requirements()
    edited = tmp_path / "requirements.txt"
    edited.write_text(
        "# a new comment\n\n" + compat.REQUIREMENTS.read_text().replace("\n", "  # x\n", 3)
    )
    monkeypatch.setattr(compat, "REQUIREMENTS", edited)
    assert compat_run.base_requirements() == before


def test_worker_tells_a_difference_from_an_error(tmp_path):
    passes, differs, raises = (tmp_path / f"{n}.py" for n in ("passes", "differs", "raises"))
    passes.write_text("print(2)\n#> 2\n")
    differs.write_text("print(3)\n#> 2\n")
    raises.write_text("print(2)\n#> 2\nraise KeyError(f'units {object()}')\n")
    timeout = tmp_path / "timeout.py"  # not to its end: the matrix says it raises
    timeout.write_text("import time\n\ntime.sleep(30)\n")
    (tmp_path / "pyproject.toml").write_text("[tool.snippets]\ntime-limit = 2\n")
    answer = compat_worker.main([passes, differs, raises, timeout])
    found = {Path(name).stem: outcome for name, outcome in answer["results"].items()}
    assert found["passes"] == {"status": "pass"}
    assert found["differs"]["status"] == "differs"
    assert "-#> 2" in found["differs"]["detail"] and "+#> 3" in found["differs"]["detail"]
    assert verify.UPDATE_HINT not in found["differs"]["detail"]
    assert found["raises"]["status"] == "raises"
    assert "raised KeyError: 'units <object object at 0x…>'" in found["raises"]["detail"]
    assert found["timeout"]["status"] == "raises"
    assert "still running after 2 s" in found["timeout"]["detail"]


def test_merge_keeps_only_results_for_the_current_snippets(tmp_path):
    hashes = compat.current_hashes()
    names = sorted(hashes)
    release = compat.releases()[0]
    record = {
        "release": release.name,
        "tensorflow_wanted": release.tensorflow,
        "keras_wanted": release.keras,
        "versions": {"tensorflow": release.tensorflow, "keras": release.keras},
        "date": "2026-01-02T03:04Z",
        "error": None,
        "snippets": {name: {"sha256": hashes[name], "status": "pass"} for name in names},
    }
    record["snippets"][names[0]] = {"sha256": "old", "status": "differs", "detail": "x"}
    (tmp_path / f"tf-{release.name}.json").write_text(json.dumps(record))
    merged = compat_run.merge(tmp_path, tmp_path / "matrix.json")
    assert [r["release"] for r in merged["releases"]] == [release.name]
    assert merged["snippets"][names[1]]["results"] == {release.name: {"status": "pass"}}
    assert merged["snippets"][names[0]]["results"] == {}  # measured on an older version
    assert json.loads((tmp_path / "matrix.json").read_text()) == merged


@pytest.fixture
def fake_matrix(monkeypatch):
    name = "snippets/layers/dense/formula.py"
    releases = [
        {
            "release": r,
            "tensorflow_wanted": f"{r}.0",
            "keras_wanted": "3.0.0",
            "versions": {"tensorflow": f"{r}.0", "keras": "3.0.0"},
            "date": "2026-01-02T03:04Z",
            "error": None,
        }
        for r in ("2.16", "2.17", "2.18", "2.19")
    ]
    results = {
        "2.16": {"status": "raises", "detail": "snippets/x.py:3: raised TypeError: boom"},
        "2.17": {"status": "differs", "detail": "-#> 5\n+#> 6"},
        "2.18": {"status": "pass"},
        "2.19": {"status": "pass"},
    }
    sha = compat.snippet_hash(ROOT / name)
    fake = {"releases": releases, "snippets": {name: {"sha256": sha, "results": results}}}
    monkeypatch.setattr(compat_page, "data", lambda: fake)
    return name, fake


def test_summary_names_each_group_of_releases(fake_matrix):
    name, fake = fake_matrix
    assert compat_page.span(["2.16", "2.17", "2.19"]) == "2.16–2.17, 2.19"
    english = compat_page.summary(name, "en", "../compatibility/")
    assert english == (
        "Same output on TensorFlow 2.18–2.19; output differs on 2.17; raises on 2.16 "
        '(<a href="../compatibility/">compatibility</a>).'
    )
    korean = compat_page.summary(name, "ko", "x/")
    assert korean.startswith(
        "TensorFlow 2.18–2.19에서 같은 출력입니다. 2.17에서는 출력이 다릅니다. 2.16에서는 예외가"
    )
    for entry in fake["releases"]:
        fake["snippets"][name]["results"][entry["release"]] = {"status": "pass"}
    assert compat_page.summary(name, "en", "x/").startswith(
        "Runs with the same output on TensorFlow 2.16–2.19"
    )


def test_a_changed_snippet_claims_nothing(fake_matrix):
    name, fake = fake_matrix
    fake["snippets"][name]["sha256"] = "measured before the last edit"
    assert compat_page.summary(name, "en", "x/").startswith("Not yet measured")
    assert compat_page.notes_markdown(name, "en") == []


def test_notes_show_the_recorded_diff_and_error(fake_matrix):
    name, _ = fake_matrix
    notes = "\n".join(compat_page.notes_markdown(name, "ko", "    "))
    assert '    ??? note "TensorFlow 2.16에서는 예외가 발생합니다"' in notes
    assert '    ??? note "TensorFlow 2.17에서는 출력이 다릅니다"' in notes
    assert "        raised TypeError: boom" in notes.replace("snippets/x.py:3: ", "")
    assert "        -#> 5\n        +#> 6" in notes
    assert "TensorFlow 2.17.0, Keras 3.0.0로 기록한 결과입니다" in notes


def test_each_written_note_explains_a_recorded_difference(data):
    notes = compat_page.notes()
    for name, note in notes.items():
        assert set(note) == {"en", "ko"}, f"compat/notes.yml: {name} needs `en` and `ko`"
        statuses = {r["status"] for r in data["snippets"][name]["results"].values()}
        assert statuses != {"pass"}, f"compat/notes.yml: {name} passes on every release"


def test_workflow_runs_one_job_per_release_on_schedule_and_on_changes():
    workflow = yaml.safe_load(WORKFLOW.read_text())
    triggers = workflow.get("on", workflow.get(True))  # PyYAML reads a bare `on` as True
    assert triggers["schedule"][0]["cron"]
    for event in ("push", "pull_request"):
        assert set(triggers[event]["paths"]) >= {"snippets/**", "requirements.txt"}
    jobs = workflow["jobs"]
    releases = jobs["measure"]["strategy"]["matrix"]["release"]
    assert releases == [r.name for r in compat.releases()]
    steps = " ".join(str(s.get("run", "")) for s in jobs["measure"]["steps"])
    assert "docs_tools.compat.run --release ${{ matrix.release }}" in steps
    merged = " ".join(str(s.get("run", "")) for s in jobs["merge"]["steps"])
    assert jobs["merge"]["needs"] == "measure" and "--merge-only" in merged


STAMP = re.compile(r'<p class="snippet-verified">(.*?)</p>', re.S)


@pytest.mark.parametrize("korean", [False, True], ids=["en", "ko"])
def test_built_pages_state_the_releases_and_notes(built, data, korean):
    site = built[0] / "site" / ("ko" if korean else "")
    stamps = STAMP.findall((site / "layers" / "dense" / "index.html").read_text())
    word = "호환성" if korean else "compatibility"
    assert stamps and all(f'href="../../compatibility/">{word}</a>' in s for s in stamps)
    matrix = (site / "compatibility" / "index.html").read_text()
    last = data["releases"][-1]["versions"]
    assert f"<td>{last['tensorflow']}</td>" in matrix
    language = "ko" if korean else "en"
    notes = 0
    for name in data["snippets"]:
        assert f"<code>{name.removeprefix('snippets/')}</code>" in matrix
        notes += sum("??? note" in line for line in compat_page.notes_markdown(name, language))
    assert notes and matrix.count('<details class="note"') == notes


def test_a_release_that_cannot_be_installed_is_recorded_as_not_run(tmp_path, monkeypatch):
    release = compat.releases()[0]
    hashes = dict(list(compat.current_hashes().items())[:2])
    failure = "installing failed:\nERROR: No matching distribution found for tensorflow==9.9"
    monkeypatch.setattr(compat_run, "environment", lambda release: (None, failure))
    compat_run.measure(release, hashes, tmp_path)
    record = json.loads((tmp_path / f"tf-{release.name}.json").read_text())
    assert record["error"] == failure
    assert {e["status"] for e in record["snippets"].values()} == {"not run"}
    assert all(e["detail"] == failure for e in record["snippets"].values())
    # A later run tries them again rather than keeping "not run".
    monkeypatch.setattr(compat_run, "environment", lambda release: (tmp_path, None))
    monkeypatch.setattr(
        compat_run,
        "run_worker",
        lambda python, names: (
            {"versions": {}, "seconds": 1.0, "results": {n: {"status": "pass"} for n in names}},
            None,
        ),
    )
    compat_run.measure(release, hashes, tmp_path)
    record = json.loads((tmp_path / f"tf-{release.name}.json").read_text())
    assert record["run_snippets"] == 2 and record["error"] is None
    assert {e["status"] for e in record["snippets"].values()} == {"pass"}
