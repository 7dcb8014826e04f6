"""The README must not drift from the code: commands, kinds, exit codes, formats."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main

from tosdiff.cli import app
from tosdiff.formatters import FORMATTERS
from tosdiff.ruleset import KINDS, default_rules
from tosdiff.status import ExitCode

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), ROOT / "bench" / "README.md"]
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme(command: str) -> None:
    assert re.search(rf"tosdiff {command}\b", README), f"README never shows `tosdiff {command}`"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    click_command = typer.main.get_command(app).commands[command]  # type: ignore[attr-defined]
    assert click_command.help and click_command.help.strip()


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_is_documented_and_has_a_rules_file(kind: str) -> None:
    assert f"`{kind}`" in README
    assert kind in default_rules().kinds


@pytest.mark.parametrize("code", list(ExitCode))
def test_every_exit_code_is_in_the_readme_table(code: ExitCode) -> None:
    assert re.search(rf"^\| {int(code)} \|", README, re.M), f"exit code {int(code)} not documented"


@pytest.mark.parametrize("fmt", sorted(FORMATTERS))
def test_every_report_format_is_documented(fmt: str) -> None:
    assert f"`{fmt}`" in README


@pytest.mark.parametrize("page", PAGES, ids=lambda page: str(page.relative_to(ROOT)))
def test_every_relative_link_points_to_a_file(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)\s]+)\)", text)
    local = [t.split("#")[0] for t in targets if not re.match(r"[a-z]+:|#", t)]
    missing = [t for t in local if t and not (page.parent / t).exists()]
    assert not missing, f"{page.name} links to missing files: {missing}"
