"""The code stays clean: ruff lint and format, and mypy --strict (configured in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINTED = ["tosdiff", "tests", "bench"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    """Run a Python tool module from the repository root and capture its output."""
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["ruff", "check", *LINTED], id="ruff-check"),
        pytest.param(["ruff", "format", "--check", *LINTED], id="ruff-format"),
        pytest.param(["mypy"], id="mypy"),
    ],
)
def test_tool_is_clean(args: list[str]) -> None:
    result = _run(*args)
    assert result.returncode == 0, f"{' '.join(args)} failed:\n{result.stdout}{result.stderr}"
