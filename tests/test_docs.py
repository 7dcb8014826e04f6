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

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
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
