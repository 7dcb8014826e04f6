"""The tosdiff command line: parse options, call the API, format, set the exit code.

This module is the one error boundary: every TosdiffError becomes one line on stderr
and exit code 2; nothing else prints a traceback unless ``--traceback`` is given.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from . import api
from .errors import TosdiffError
from .examples import example_paths
from .formatters import FORMATTERS, format_report
from .load import load
from .status import ExitCode

app = typer.Typer(
    help="Diff, classify and announce changes to legal agreements, clause by clause.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
)
_state = {"traceback": False}

ReportFormat = Enum("ReportFormat", {name: name for name in FORMATTERS}, type=str)  # type: ignore[misc]


@app.callback()
def main(
    traceback: Annotated[
        bool, typer.Option("--traceback", hidden=True, help="Show tracebacks of errors.")
    ] = False,
) -> None:
    """Diff, classify and announce changes to legal agreements, clause by clause."""
    _state["traceback"] = traceback


@contextmanager
def errors() -> Iterator[None]:
    """Turn tosdiff errors into one stderr line and exit code 2."""
    try:
        yield
    except TosdiffError as error:
        if _state["traceback"]:
            raise
        typer.echo(f"tosdiff: error: {error}", err=True)
        raise typer.Exit(ExitCode.ERROR) from None
    except KeyboardInterrupt:
        typer.echo("tosdiff: interrupted", err=True)
        raise typer.Exit(130) from None


def _use_color(output: Path | None) -> bool:
    """Return whether to colour output: only on a terminal, never with NO_COLOR."""
    if output is not None or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty() or bool(os.environ.get("FORCE_COLOR"))


def _emit(text: str, output: Path | None) -> None:
    """Write text to the output file, or to stdout."""
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise TosdiffError(f"{output}: cannot write: {error.strerror or error}") from None


OldArg = Annotated[Path, typer.Argument(help="The version in force (text, Markdown or HTML).")]
NewArg = Annotated[Path, typer.Argument(help="The revised version.")]
FormatOpt = Annotated[
    ReportFormat, typer.Option("--format", "-f", help="Report format.", case_sensitive=False)
]
OutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write the report to FILE, not stdout.")
]


@app.command()
def diff(
    old: OldArg,
    new: NewArg,
    format: FormatOpt = ReportFormat.text,  # type: ignore[attr-defined]
    output: OutputOpt = None,
) -> None:
    """Compare two versions of an agreement clause by clause.

    Prints each changed clause with its number, kinds and a word-level redline.
    Exit code 0 on success (changes or not), 2 on bad input.

    Example: tosdiff diff terms-2024.md terms-2025.md --format markdown
    """
    with errors():
        report = api.compare(load(old), load(new))
        _emit(format_report(report, format.value, color=_use_color(output)), output)


@app.command()
def demo(
    format: FormatOpt = ReportFormat.text,  # type: ignore[attr-defined]
    output: OutputOpt = None,
) -> None:
    """Diff the bundled example: the BESTSHARE agreement and a revision of it."""
    with errors():
        old, new = example_paths()
        report = api.compare(load(old), load(new))
        _emit(format_report(report, format.value, color=_use_color(output)), output)


def run() -> None:
    """Run the CLI (console-script entry point)."""
    app()


if __name__ == "__main__":  # pragma: no cover
    run()
