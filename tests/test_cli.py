"""Tests for the tosdiff command line."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from tosdiff import compare, load
from tosdiff.formatters.common import listed
from tosdiff.model import Report

FORMATS = ["text", "markdown", "html", "json"]


@pytest.fixture(scope="module")
def seed_report(seed_pair: tuple[Path, Path]) -> Report:
    old, new = seed_pair
    return compare(load(old), load(new))


# --- help ------------------------------------------------------------------------------


def test_help(invoke: Any) -> None:
    result = invoke("--help")
    assert "Usage:" in result.stdout
    assert "diff" in result.stdout and "demo" in result.stdout


@pytest.mark.parametrize("command", ["diff", "demo"])
def test_command_help(invoke: Any, command: str) -> None:
    result = invoke(command, "--help")
    assert result.stdout.startswith("Usage:")
    assert f"tosdiff {command}" in result.stdout
    assert "--format" in result.stdout
    assert "--output" in result.stdout


def test_no_arguments_shows_help(invoke: Any) -> None:
    result = invoke(exit_code=2)
    assert "Usage:" in result.stdout + result.stderr


# --- diff formats ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_diff_each_format(invoke: Any, seed_pair: tuple[Path, Path], fmt: str) -> None:
    old, new = seed_pair
    result = invoke("diff", old, new, "--format", fmt)
    assert result.stdout.strip()
    assert result.stderr == ""
    # the revised notice period of clause 3.8 shows in every format
    assert "fifteen (15)" in result.stdout


def test_text_format_shows_redline_markers(invoke: Any, seed_pair: tuple[Path, Path]) -> None:
    result = invoke("diff", *seed_pair)
    assert "[-one month-]" in result.stdout
    assert "{+fifteen (15) days+}" in result.stdout
    assert "\x1b[" not in result.stdout  # no colour when not on a terminal


def test_json_contract(invoke: Any, seed_pair: tuple[Path, Path]) -> None:
    old, new = seed_pair
    data = json.loads(invoke("diff", old, new, "-f", "json").stdout)
    assert data["schema"] == "tosdiff.diff/1"
    for side, path in (("old", old), ("new", new)):
        assert data[side]["source"] == str(path)
        assert data[side]["title"]
        assert isinstance(data[side]["clauses"], int) and data[side]["clauses"] > 0
    assert data["changes"]
    for change in data["changes"]:
        assert {"id", "op", "old", "new", "redline", "kinds", "material", "evidence"} <= set(change)
        assert change["op"] in ("added", "removed", "modified", "moved")
        assert isinstance(change["kinds"], list)
        assert isinstance(change["material"], bool)
        assert isinstance(change["evidence"], list)
        assert all(set(s) == {"op", "text"} for s in change["redline"])
        sides = [change[s] for s in ("old", "new") if change[s] is not None]
        assert sides, change["id"]
        assert (change["old"] is None) == (change["op"] == "added")
        assert (change["new"] is None) == (change["op"] == "removed")
        for side_data in sides:
            assert {"number", "heading", "text", "lines"} <= set(side_data)
            first, last = side_data["lines"]
            assert 1 <= first <= last
    summary = data["summary"]
    assert {"added", "removed", "modified", "moved"} <= set(summary)
    counted = {
        op: sum(1 for c in data["changes"] if c["op"] == op)
        for op in summary
        if op
        in (
            "added",
            "removed",
            "modified",
            "moved",
        )
    }
    assert counted == {op: summary[op] for op in counted}
    # the seed revision plants 3 added, 2 removed, 16 modified and 1 moved clause
    assert [summary[op] for op in ("added", "removed", "modified", "moved")] == [3, 2, 16, 1]


def test_json_change_for_clause_3_8(invoke: Any, seed_pair: tuple[Path, Path]) -> None:
    data = json.loads(invoke("diff", *seed_pair, "--format", "json").stdout)
    (change,) = [c for c in data["changes"] if c["new"] and c["new"]["number"] == "3.8"]
    assert change["op"] == "modified"
    assert change["old"]["number"] == "3.8"
    assert "one month in advance" in change["old"]["text"]
    assert "fifteen (15) days in advance" in change["new"]["text"]
    assert {"op": "delete", "text": "one month"} in change["redline"]


class _Page(HTMLParser):
    """Collect element ids, in-page link targets and unclosed-tag errors."""

    VOID = {"meta", "br", "img", "hr", "link", "input"}

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.append(values["id"] or "")
        if tag == "a" and (values.get("href") or "").startswith("#"):
            self.hrefs.append((values["href"] or "")[1:])
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else ''}>")
            return
        self.stack.pop()


def test_html_parses_with_an_anchor_per_listed_change(
    invoke: Any, seed_pair: tuple[Path, Path], seed_report: Report
) -> None:
    page = _Page()
    page.feed(invoke("diff", *seed_pair, "--format", "html").stdout)
    page.close()
    assert page.errors == []
    assert page.stack == []
    expected = [change.id for change in listed(seed_report)]
    assert len(expected) == 22
    assert sorted(page.hrefs) == sorted(expected)
    assert set(expected) <= set(page.ids)
    assert len(page.ids) == len(set(page.ids)), "anchors are unique"


def test_markdown_format_marks_edits(invoke: Any, seed_pair: tuple[Path, Path]) -> None:
    result = invoke("diff", *seed_pair, "--format", "markdown")
    assert "~~one month~~" in result.stdout
    assert "**fifteen (15) days**" in result.stdout


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_option_writes_the_file(
    invoke: Any, seed_pair: tuple[Path, Path], tmp_path: Path, fmt: str
) -> None:
    target = tmp_path / f"report.{fmt}"
    result = invoke("diff", *seed_pair, "--format", fmt, "--output", target)
    assert result.stdout == ""
    written = target.read_text(encoding="utf-8")
    assert "fifteen (15)" in written
    if fmt == "json":
        assert json.loads(written)["schema"] == "tosdiff.diff/1"


def test_output_to_a_missing_directory_is_an_error(
    invoke: Any, seed_pair: tuple[Path, Path], tmp_path: Path
) -> None:
    target = tmp_path / "no-such-dir" / "report.txt"
    result = invoke("diff", *seed_pair, "-o", target, exit_code=2)
    assert result.stderr.startswith("tosdiff: error:")
    assert "Traceback" not in result.stdout + result.stderr


def test_identical_files_exit_zero(invoke: Any, seed_pair: tuple[Path, Path]) -> None:
    old, _ = seed_pair
    result = invoke("diff", old, old)
    assert "No changes." in result.stdout


# --- bad input --------------------------------------------------------------------------

BAD_INPUTS: dict[str, bytes | None] = {
    "missing": None,
    "empty": b"",
    "binary": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    "nul-bytes": b"1. Fees\x00 are due\x00\x01\x02" * 20,
    "undecodable": bytes(range(0x80, 0x100)) * 4,
}


@pytest.mark.parametrize("position", ["old", "new"])
@pytest.mark.parametrize("kind", sorted(BAD_INPUTS))
def test_bad_input_is_one_error_line_and_exit_2(
    invoke: Any, seed_pair: tuple[Path, Path], tmp_path: Path, kind: str, position: str
) -> None:
    bad = tmp_path / f"{kind}.txt"
    data = BAD_INPUTS[kind]
    if data is not None:
        bad.write_bytes(data)
    good = seed_pair[0]
    args = (bad, good) if position == "old" else (good, bad)
    result = invoke("diff", *args, exit_code=2)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("tosdiff: error:")
    assert str(bad) in lines[0]
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout == ""


def test_directory_argument_is_an_error(
    invoke: Any, seed_pair: tuple[Path, Path], tmp_path: Path
) -> None:
    result = invoke("diff", tmp_path, seed_pair[1], exit_code=2)
    assert result.stderr.startswith("tosdiff: error:")
    assert "Traceback" not in result.stdout + result.stderr


def test_unknown_format_is_a_usage_error(invoke: Any, seed_pair: tuple[Path, Path]) -> None:
    result = invoke("diff", *seed_pair, "--format", "pdf", exit_code=2)
    assert "Traceback" not in result.stdout + result.stderr


# --- demo -----------------------------------------------------------------------------------


def test_demo(invoke: Any) -> None:
    result = invoke("demo")
    assert "3.8" in result.stdout
    assert "fifteen (15) days" in result.stdout


def test_demo_json_matches_diff_of_the_example(invoke: Any, seed_pair: tuple[Path, Path]) -> None:
    demo = json.loads(invoke("demo", "--format", "json").stdout)
    diff = json.loads(invoke("diff", *seed_pair, "--format", "json").stdout)
    assert [c["id"] for c in demo["changes"]] == [c["id"] for c in diff["changes"]]


def test_no_classify_reports_the_same_changes_without_kinds(
    invoke: Any, seed_pair: tuple[Path, Path]
) -> None:
    full = json.loads(invoke("diff", *seed_pair, "--format", "json").stdout)
    bare = json.loads(invoke("diff", *seed_pair, "--format", "json", "--no-classify").stdout)
    assert [(c["id"], c["redline"]) for c in bare["changes"]] == [
        (c["id"], c["redline"]) for c in full["changes"]
    ]
    assert all(c["kinds"] == [] and c["material"] is False for c in bare["changes"])
    assert bare["summary"]["classified"] is False
    assert full["summary"]["classified"] is True
    assert full["summary"]["material"] > 0
    text = invoke("diff", *seed_pair, "--no-classify").stdout
    assert text.rstrip().endswith("not classified")


# --- user rules ------------------------------------------------------------------------


def test_user_rules_file_adds_a_kind(invoke: Any, tmp_path: Path) -> None:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("1. You may use the chat.\n", encoding="utf-8")
    new.write_text("1. You may use the chat and tokens.\n", encoding="utf-8")
    rules = tmp_path / "tokens.toml"
    rules.write_text(
        'kind = "fees"\n[[rule]]\nid = "fees.tokens"\npatterns = [\'\\btokens?\\b\']\n'
    )
    plain = json.loads(invoke("diff", str(old), str(new), "-f", "json").stdout)
    extended = json.loads(
        invoke("diff", str(old), str(new), "-f", "json", "--rules", str(rules)).stdout
    )
    assert "fees" not in plain["changes"][0]["kinds"]
    assert "fees" in extended["changes"][0]["kinds"]
    assert any(e["rule"] == "fees.tokens" for e in extended["changes"][0]["evidence"])


def test_bad_user_rules_file_is_one_line_exit_2(invoke: Any, tmp_path: Path) -> None:
    old = tmp_path / "old.txt"
    old.write_text("1. Fees are due in 30 days.\n", encoding="utf-8")
    rules = tmp_path / "bad.toml"
    rules.write_text('kind = "nonsense"\n')
    result = invoke("diff", str(old), str(old), "--rules", str(rules), exit_code=2)
    assert result.stderr.count("\n") == 1 and "bad.toml" in result.stderr


def test_version(invoke: Any) -> None:
    import tosdiff

    assert invoke("--version").stdout.strip() == f"tosdiff {tosdiff.__version__}"


def test_the_text_report_says_whom_a_material_change_favours(
    invoke: Any, seed_pair: tuple[Path, Path]
) -> None:
    old, new = seed_pair
    out = invoke("diff", old, new).stdout
    assert "2.1.6 · modified · [notice-period, termination] · MATERIAL · adverse for users" in out
    assert "2.1.2 · modified · [obligation-relaxed, notice-period] · MATERIAL · favourable" in out
    assert " material (" in out and "adverse for users)" in out  # the summary counts them


def test_the_text_report_folds_links_and_layout_into_one_line(invoke: Any, tmp_path: Path) -> None:
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_text("# T\n\n1. See the [rules](https://a.example/r).\n\n2. Fees are due.\n")
    new.write_text(
        "# T\n\n1. See the [rules](https://b.example/r).\n\n| \u200d |  |\n\n2. Fees are due.\n"
    )
    out = invoke("diff", old, new).stdout
    assert (
        "Not listed: 1 clause with only link targets changed and 1 with only table layout"
        " and no words (editorial)." in " ".join(out.split())
    )
    assert "See the" not in out and "· added ·" not in out
