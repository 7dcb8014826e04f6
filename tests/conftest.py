"""Shared fixtures: the bundled example pair, the real-world corpus and a CLI helper."""

from __future__ import annotations

import os
import shutil
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tosdiff.cli import app
from tosdiff.examples import example_paths

REPO_ROOT = Path(__file__).resolve().parent.parent


def pytest_configure(config: pytest.Config) -> None:
    """Keep the compiled-pattern cache of the test run (and of the CLI processes it
    starts) out of the user's cache folder."""
    if "TOSDIFF_CACHE_DIR" not in os.environ:
        folder = tempfile.mkdtemp(prefix="tosdiff-test-cache-")
        os.environ["TOSDIFF_CACHE_DIR"] = folder
        config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))


@pytest.fixture(scope="session")
def seed_pair() -> tuple[Path, Path]:
    """Return the paths of the bundled example: the seed agreement and its revision."""
    old, new = example_paths()
    assert old.is_file() and new.is_file(), (old, new)
    return old, new


def corpus_path() -> Path:
    """Return where the real-world corpus should be (TOSDIFF_CORPUS overrides)."""
    default = REPO_ROOT.parent / "shared" / "corpus" / "real"
    return Path(os.environ.get("TOSDIFF_CORPUS") or default)


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """Return the real-world corpus of version pairs; skip when it is missing."""
    path = corpus_path()
    if not path.is_dir():
        pytest.skip(f"corpus not found at {path} (set TOSDIFF_CORPUS)")
    return path


def corpus_pairs(root: Path) -> list[Path]:
    """Return the corpus folders that hold an old and a new version."""
    return sorted(
        folder
        for folder in root.iterdir()
        if folder.is_dir() and any(folder.glob("old.*")) and any(folder.glob("new.*"))
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Parametrize tests taking ``corpus_pair`` with every pair folder of the corpus."""
    if "corpus_pair" not in metafunc.fixturenames:
        return
    root = corpus_path()
    pairs = corpus_pairs(root) if root.is_dir() else []
    if pairs:
        metafunc.parametrize("corpus_pair", pairs, ids=[p.name for p in pairs])
    else:
        reason = f"no corpus pairs at {root} (set TOSDIFF_CORPUS)"
        metafunc.parametrize("corpus_pair", [pytest.param(None, marks=pytest.mark.skip(reason))])


Invoke = Callable[..., Result]


@pytest.fixture
def invoke() -> Invoke:
    """Return a helper that runs the CLI and asserts its exit code."""
    runner = CliRunner()

    def _invoke(*args: str | os.PathLike[str], exit_code: int = 0) -> Result:
        argv = [str(arg) for arg in args]
        result = runner.invoke(app, argv, prog_name="tosdiff")
        if result.exit_code != exit_code:
            trace = ""
            if result.exc_info and not isinstance(result.exception, SystemExit):
                trace = "".join(traceback.format_exception(*result.exc_info))
            pytest.fail(
                f"tosdiff {' '.join(argv)}: exit code {result.exit_code}, expected {exit_code}\n"
                f"--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}\n"
                f"--- exception ---\n{trace or repr(result.exception)}"
            )
        return result

    return _invoke
