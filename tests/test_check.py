"""Tests for `tosdiff check`: exit codes, GitHub annotations, step summary and outputs."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tosdiff import compare
from tosdiff.check import exit_code, outputs, write_github_files
from tosdiff.formatters.github import annotation_file, escape_data, escape_property

# Line numbers matter: clause 3.8 is on line 7 and 5.1 on line 11 of every version.
BASE = """\
# Terms of Service

## 3. Changes to these terms

3.7 We may update these terms from time to time.

3.8 We will notify you one month in advance of any change to these terms.

## 5. Fees

5.1 You will {receive} an invoice each month.

5.2 Fees are due within thirty days of the invoice.
"""
ORIGINAL = BASE.format(receive="recieve")
MATERIAL = ORIGINAL.replace("one month", "fifteen (15) days")
FAVOURABLE = ORIGINAL.replace("one month", "two months")  # more notice: material, not adverse
EDITORIAL = BASE.format(receive="receive")


def git(repo: Path, *args: str) -> None:
    """Run git in repo with a fixed identity."""
    subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", *args],
        cwd=repo,
        capture_output=True,
        check=True,
    )


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Return a repository (the working directory) whose legal/terms.md has one commit."""
    root = tmp_path / "repo"
    (root / "legal").mkdir(parents=True)
    git(root, "init", "-q")
    (root / "legal" / "terms.md").write_text(ORIGINAL, encoding="utf-8")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "terms")
    monkeypatch.chdir(root)
    for name in ("GITHUB_STEP_SUMMARY", "GITHUB_OUTPUT"):
        monkeypatch.delenv(name, raising=False)
    return root


def edit(repo: Path, text: str) -> None:
    """Commit a new version of legal/terms.md."""
    (repo / "legal" / "terms.md").write_text(text, encoding="utf-8")
    git(repo, "commit", "-q", "--allow-empty", "-am", "edit")


# --- exit codes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fail_on", "code"),
    [
        (MATERIAL, "material", 1),
        (MATERIAL, "adverse", 1),
        (MATERIAL, "any", 1),
        (MATERIAL, "never", 0),
        (FAVOURABLE, "material", 1),
        (FAVOURABLE, "adverse", 0),
        (EDITORIAL, "adverse", 0),
        (EDITORIAL, "material", 0),
        (EDITORIAL, "any", 1),
        (EDITORIAL, "never", 0),
        (ORIGINAL, "material", 0),
        (ORIGINAL, "any", 0),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 10 else None,
)
def test_exit_codes(invoke: Any, repo: Path, text: str, fail_on: str, code: int) -> None:
    edit(repo, text)
    result = invoke(
        "check", "HEAD~1:legal/terms.md", "legal/terms.md", "--fail-on", fail_on, exit_code=code
    )
    assert ("fail" if code else "pass") in result.stderr


def test_default_level_is_material(invoke: Any, repo: Path) -> None:
    edit(repo, MATERIAL)
    invoke("check", "HEAD~1:legal/terms.md", "legal/terms.md", exit_code=1)
    edit(repo, MATERIAL.replace("recieve", "receive"))
    invoke("check", "HEAD~1:legal/terms.md", "legal/terms.md", exit_code=0)


def test_working_tree_against_head(invoke: Any, repo: Path) -> None:
    (repo / "legal" / "terms.md").write_text(MATERIAL, encoding="utf-8")  # not committed
    result = invoke("check", "HEAD:legal/terms.md", "legal/terms.md", exit_code=1)
    assert "{+fifteen (15) days+}" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("check", "nope:legal/terms.md", "legal/terms.md"),
        ("check", "HEAD:legal/gone.md", "legal/terms.md"),
        ("check", "HEAD:legal/terms.md", "legal/missing.md"),
        ("check", "HEAD:legal/terms.md", "legal/terms.md", "--fail-on", "sometimes"),
        ("check", "HEAD:legal/terms.md", "legal/terms.md", "--format", "sarif"),
    ],
)
def test_usage_and_input_errors_exit_2(invoke: Any, repo: Path, args: tuple[str, ...]) -> None:
    result = invoke(*args, exit_code=2)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout == ""


def test_input_error_is_one_line(invoke: Any, repo: Path) -> None:
    result = invoke("check", "nope:legal/terms.md", "legal/terms.md", exit_code=2)
    assert result.stderr.splitlines() == ["tosdiff: error: nope: unknown revision"]


def test_json_format(invoke: Any, repo: Path) -> None:
    edit(repo, MATERIAL)
    result = invoke("check", "HEAD~1:legal/terms.md", "legal/terms.md", "-f", "json", exit_code=1)
    data = json.loads(result.stdout)
    assert data["summary"]["material"] == 1


def test_exit_code_function() -> None:
    assert exit_code(compare(ORIGINAL, MATERIAL)) == 1
    assert exit_code(compare(ORIGINAL, EDITORIAL)) == 0
    assert exit_code(compare(ORIGINAL, EDITORIAL), "any") == 1
    assert exit_code(compare(ORIGINAL, ORIGINAL), "any") == 0


# --- GitHub Actions ------------------------------------------------------------------------


def test_github_annotations_at_lines_in_new(invoke: Any, repo: Path) -> None:
    edit(repo, MATERIAL.replace("recieve", "receive"))
    result = invoke(
        "check", "HEAD~1:legal/terms.md", "legal/terms.md", "--format", "github", exit_code=1
    )
    lines = result.stdout.splitlines()
    assert len(lines) == 2, result.stdout
    warning = next(line for line in lines if line.startswith("::warning "))
    notice = next(line for line in lines if line.startswith("::notice "))
    assert warning.startswith("::warning file=legal/terms.md,line=7,title=tosdiff%3A 3.8 ")
    assert "MATERIAL" in warning.split("::")[1]
    assert "{+fifteen (15) days+}" in warning.split("::", 2)[2]
    assert notice.startswith("::notice file=legal/terms.md,line=11,title=tosdiff%3A 5.1 ")
    assert "[editorial]" in notice


def test_annotations_point_at_the_new_file_even_when_it_is_a_rev(invoke: Any, repo: Path) -> None:
    edit(repo, MATERIAL)
    result = invoke(
        "check", "HEAD~1:legal/terms.md", "HEAD:legal/terms.md", "-f", "github", exit_code=1
    )
    assert result.stdout.startswith("::warning file=legal/terms.md,line=7,")


def test_step_summary_and_outputs(
    invoke: Any, repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary, output = tmp_path / "summary.md", tmp_path / "output.txt"
    summary.write_text("# Earlier step\n", encoding="utf-8")
    output.write_text("earlier=1\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    monkeypatch.setenv("GITHUB_OUTPUT", str(output))
    edit(repo, MATERIAL.replace("recieve", "receive"))
    invoke("check", "HEAD~1:legal/terms.md", "legal/terms.md", "-f", "github", exit_code=1)
    written = summary.read_text(encoding="utf-8")
    assert written.startswith("# Earlier step\n### tosdiff:")  # appended, not replaced
    assert "~~one month~~" in written and "**fifteen (15) days**" in written
    assert output.read_text(encoding="utf-8").splitlines() == [
        "earlier=1",
        "changed=true",
        "material=true",
        "adverse=true",
        "kinds=amendment,editorial,notice-period",
    ]


def test_outputs_when_nothing_changed(
    invoke: Any, repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = tmp_path / "output.txt"
    monkeypatch.setenv("GITHUB_OUTPUT", str(output))
    result = invoke("check", "HEAD:legal/terms.md", "legal/terms.md", "-f", "github")
    assert result.stdout == ""
    assert output.read_text(encoding="utf-8") == (
        "changed=false\nmaterial=false\nadverse=false\nkinds=\n"
    )


def test_outputs_of_editorial_change() -> None:
    assert outputs(compare(ORIGINAL, EDITORIAL)) == {
        "changed": "true",
        "material": "false",
        "adverse": "false",
        "kinds": "editorial",
    }


def test_unwritable_summary_is_an_error(tmp_path: Path) -> None:
    from tosdiff.errors import TosdiffError

    with pytest.raises(TosdiffError, match="GITHUB_STEP_SUMMARY"):
        write_github_files(
            compare(ORIGINAL, MATERIAL), {"GITHUB_STEP_SUMMARY": str(tmp_path / "no" / "x")}
        )


def test_escaping() -> None:
    assert escape_data("50% off\r\nnow") == "50%25 off%0D%0Anow"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    assert escape_data("a:b,c") == "a:b,c"


def test_message_with_newlines_stays_one_line() -> None:
    old = "1. Scope\n\n1.1 Fees are 5% a month.\n"
    new = "1. Scope\n\n1.1 Fees are 10% a month, payable: now.\n"
    from tosdiff.formatters import format_report

    text = format_report(compare(old, new), "github")
    assert text.count("\n") == 1
    assert "{+10+}%25 a month{+, payable: now+}" in text


def test_annotation_file() -> None:
    assert annotation_file("HEAD:legal/terms.md") == "legal/terms.md"
    assert annotation_file("legal/terms.md") == "legal/terms.md"
