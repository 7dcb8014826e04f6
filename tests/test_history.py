"""Tests for `tosdiff log`: the classified git history of a terms file."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tosdiff.gitsource import GitError
from tosdiff.history import history

V1 = """\
# Terms

3.8 We will notify you one month in advance of any change.

5.1 You will recieve an invoice each month.
"""
V2 = V1.replace("recieve", "receive")  # a typo fix: editorial
V3 = V2.replace("one month", "fifteen (15) days")  # material
V4 = V3.replace("\n\n", "\n\n\n")  # blank lines only: no change in the text


def git(repo: Path, *args: str) -> str:
    """Run git in repo with a fixed identity and dates; return stdout."""
    done = subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
        env={"GIT_COMMITTER_DATE": "2025-01-02T03:04:05Z", "PATH": "/usr/bin:/bin"},
    )
    return done.stdout


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Return a repository with four versions of terms.md, renamed to legal/ at the end."""
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q")
    for n, (text, message) in enumerate(
        [(V1, "add terms"), (V2, "fix typo"), (V3, "shorten notice"), (V4, "reflow")]
    ):
        (root / "terms.md").write_text(text, encoding="utf-8")
        (root / "other.txt").write_text(str(n), encoding="utf-8")
        git(root, "add", ".")
        git(root, "commit", "-q", "-m", message)
    (root / "other.txt").write_text("unrelated", encoding="utf-8")
    git(root, "commit", "-q", "-am", "unrelated commit")
    (root / "legal").mkdir()
    git(root, "mv", "terms.md", "legal/terms.md")
    git(root, "commit", "-q", "-m", "move terms")
    monkeypatch.chdir(root)
    return root


def test_history_classifies_each_commit(repo: Path) -> None:
    versions = history("legal/terms.md", jobs=1)
    got = [(v.subject, v.status, v.changes, v.material, v.kinds) for v in versions]
    assert got == [
        ("move terms", "modified", 0, 0, {}),
        ("reflow", "modified", 0, 0, {}),
        ("shorten notice", "modified", 1, 1, {"notice-period": 1}),
        ("fix typo", "modified", 1, 0, {"editorial": 1}),
        ("add terms", "added", 0, 0, {}),
    ]
    assert versions[0].path == "legal/terms.md" and versions[-1].path == "terms.md"


def test_progress_counts_every_comparison(repo: Path) -> None:
    totals: list[int] = []
    ticks: list[int] = []

    def start(total: int) -> Any:
        totals.append(total)
        return ticks.append

    history("legal/terms.md", jobs=1, progress=start)
    # five commits: the first adds the file, the other four are compared with the one before
    assert totals == [4] and ticks == [1, 1, 1, 1]


def test_parallel_matches_serial(repo: Path) -> None:
    serial = [v.to_dict() for v in history("legal/terms.md", jobs=1)]
    assert [v.to_dict() for v in history("legal/terms.md", jobs=2)] == serial


def test_log_text(invoke: Any, repo: Path) -> None:
    lines = invoke("log", "legal/terms.md").stdout.splitlines()
    assert len(lines) == 5
    short = git(repo, "log", "--format=%h", "-1", "HEAD~3").strip()  # "shorten notice"
    assert lines[2] == (
        f"2025-01-02  {short}  material   notice-period 1; 1 adverse for users  (shorten notice)"
    )
    assert "  minor      editorial 1  (fix typo)" in lines[3]
    assert "  unchanged  -  (reflow)" in lines[1]
    assert "  added      -  (add terms)" in lines[4]


def test_log_json_with_range(invoke: Any, repo: Path) -> None:
    data = json.loads(invoke("log", "terms.md", "HEAD~4..HEAD~2", "-f", "json").stdout)
    assert data["schema"] == "tosdiff.log/1"
    assert data["range"] == "HEAD~4..HEAD~2"
    assert [(c["subject"], c["verdict"]) for c in data["commits"]] == [
        ("reflow", "unchanged"),
        ("shorten notice", "material"),
    ]
    assert all(len(c["commit"]) == 40 for c in data["commits"])
    assert [c["adverse"] for c in data["commits"]] == [0, 1]  # the notice shortened


def test_removed_file(repo: Path) -> None:
    git(repo, "rm", "-q", "legal/terms.md")
    git(repo, "commit", "-q", "-m", "drop terms")
    assert history("legal/terms.md", jobs=1)[0].status == "removed"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("log", "legal/none.md"), "legal/none.md: no commit touches this path"),
        (("log", "legal/terms.md", "nope..HEAD"), "nope..HEAD: unknown revision or range"),
        (("log", "legal/terms.md", "--", "--all"), "not a revision range"),
    ],
)
def test_log_errors(invoke: Any, repo: Path, args: tuple[str, ...], message: str) -> None:
    result = invoke(*args, exit_code=2)
    (line,) = result.stderr.splitlines()
    assert line.startswith("tosdiff: error: ") and message in line


def test_not_a_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    with pytest.raises(GitError, match="not a git repository"):
        history("terms.md")
