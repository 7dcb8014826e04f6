"""Tests for reading old versions from git: REV:path arguments."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from tosdiff.gitsource import GitError, load_version, show, split_rev_path

OLD = "# Terms\n\n3.8 We will notify you one month in advance of any change.\n"
NEW = "# Terms\n\n3.8 We will notify you fifteen (15) days in advance of any change.\n"


def git(repo: Path, *args: str) -> str:
    """Run git in repo with a fixed identity and return its stdout."""
    done = subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


@pytest.fixture
def terms_repo(tmp_path: Path) -> Path:
    """Return a throw-away repository whose legal/terms.md has two commits."""
    repo = tmp_path / "repo"
    (repo / "legal").mkdir(parents=True)
    git(repo, "init", "-q")
    (repo / "legal" / "terms.md").write_text(OLD, encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "first")
    (repo / "legal" / "terms.md").write_text(NEW, encoding="utf-8")
    git(repo, "commit", "-q", "-am", "second")
    return repo


def test_split_rev_path() -> None:
    assert split_rev_path("origin/main:legal/terms.md") == ("origin/main", "legal/terms.md")
    assert split_rev_path("HEAD~1:terms.md") == ("HEAD~1", "terms.md")
    assert split_rev_path("terms.md") is None
    assert split_rev_path(":terms.md") is None
    assert split_rev_path("HEAD:") is None


def test_existing_path_wins_over_rev_path(tmp_path: Path) -> None:
    odd = tmp_path / "v1:terms.md"
    odd.write_text(OLD, encoding="utf-8")
    assert split_rev_path(str(odd)) is None
    assert "one month" in load_version(odd).text


def test_load_version_reads_the_revision(terms_repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(terms_repo)
    old = load_version("HEAD~1:legal/terms.md")
    assert "one month" in old.text
    assert old.name == "HEAD~1:legal/terms.md"
    assert old.format == "markdown"
    assert "fifteen (15) days" in load_version("legal/terms.md").text


def test_show_with_cwd(terms_repo: Path) -> None:
    assert b"one month" in show("HEAD~1", "legal/terms.md", cwd=terms_repo)


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("no-such-rev:legal/terms.md", "no-such-rev: unknown revision"),
        ("HEAD:legal/other.md", "HEAD:legal/other.md: path not in revision HEAD"),
    ],
)
def test_git_errors_name_the_problem(
    terms_repo: Path, monkeypatch: pytest.MonkeyPatch, spec: str, message: str
) -> None:
    monkeypatch.chdir(terms_repo)
    with pytest.raises(GitError) as caught:
        load_version(spec)
    assert str(caught.value) == message


def test_not_a_git_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    with pytest.raises(GitError, match="not a git repository"):
        load_version("HEAD:terms.md")


def test_diff_accepts_rev_path(
    invoke: Any, terms_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(terms_repo)
    result = invoke("diff", "HEAD~1:legal/terms.md", "legal/terms.md")
    assert "[-one month-]" in result.stdout
    assert "{+fifteen (15) days+}" in result.stdout


@pytest.mark.parametrize("spec", ["nope:legal/terms.md", "HEAD:missing.md"])
def test_cli_git_error_is_one_line(
    invoke,
    terms_repo: Path,
    monkeypatch: pytest.MonkeyPatch,
    spec: str,  # noqa: ANN001
) -> None:
    monkeypatch.chdir(terms_repo)
    result = invoke("diff", spec, "legal/terms.md", exit_code=2)
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("tosdiff: error: ")
    assert "Traceback" not in result.stderr
