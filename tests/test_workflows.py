"""GitHub Actions workflows: valid, and every third-party action pinned to a commit."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from docs_tools.paths import ROOT

WORKFLOWS = sorted((ROOT / ".github/workflows").glob("*.yml"))
CHECK = Path(sys.executable).parent / "check-jsonschema"


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=[w.name for w in WORKFLOWS])
def test_workflow_matches_github_schema(workflow):
    # The schema ships inside check-jsonschema: no network needed.
    run = subprocess.run(
        [str(CHECK), "--builtin-schema", "vendor.github-workflows", str(workflow)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=[w.name for w in WORKFLOWS])
def test_actions_are_pinned_to_a_commit(workflow):
    text = workflow.read_text("utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        match = re.search(r"uses:\s*(\S+)", line)
        if match and not match[1].startswith("./"):
            assert re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", match[1]), (
                f"{workflow.name}:{number}: {match[1]} is not pinned to a commit hash"
            )


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=[w.name for w in WORKFLOWS])
def test_workflow_grants_least_privilege(workflow):
    data = yaml.safe_load(workflow.read_text("utf-8"))
    assert data.get("permissions") in ({"contents": "read"}, {}), "top level must be read-only"
    for name, job in data["jobs"].items():
        granted = job.get("permissions", {})
        writes = {k for k, v in granted.items() if v == "write"}
        assert writes <= {"pages", "id-token"}, f"{name} writes {writes}"
        if writes:
            assert name == "deploy", f"only the deploy job may write, not {name}"
