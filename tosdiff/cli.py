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


class TermsFormat(str, Enum):  # noqa: UP042 (keep the module's imports)
    """Output formats of `tosdiff terms`."""

    text = "text"
    json = "json"


@app.command()
def terms(
    file: Annotated[Path, typer.Argument(help="The agreement to read.")],
    format: Annotated[
        TermsFormat, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
    ] = TermsFormat.text,
    output: OutputOpt = None,
) -> None:
    """List the agreement's own notice-of-change terms, each with its clause.

    Channels (email, announcement, sms, in-app, mail, phone), advance notice periods,
    when changes take effect, when notice counts as delivered, continued use as acceptance.

    Example: tosdiff terms terms-2024.md --format json
    """
    import json

    from .policy import extract_terms, format_terms_text

    with errors():
        found = extract_terms(api.parse(load(file)))
        if format == TermsFormat.json:
            text = json.dumps(found.to_dict(), indent=2, ensure_ascii=False) + "\n"
        else:
            text = format_terms_text(found)
        _emit(text, output)


@app.command()
def notice(
    old: OldArg,
    new: NewArg,
    out: Annotated[Path, typer.Option("--out", help="Folder to write the notices into.")],
    notice_date: Annotated[
        str | None, typer.Option("--notice-date", help="Date notice goes out (default today).")
    ] = None,
    effective_date: Annotated[
        str | None, typer.Option("--effective-date", help="Date the new terms take effect.")
    ] = None,
    config: Annotated[
        Path | None, typer.Option("--config", help="tosdiff.toml with sender, URLs, branding.")
    ] = None,
    templates: Annotated[
        Path | None, typer.Option("--templates", help="Folder of templates overriding defaults.")
    ] = None,
    channel: Annotated[
        list[str] | None,
        typer.Option("--channel", help="Render only this channel (repeatable)."),
    ] = None,
) -> None:
    """Write the notices the agreement in force promises for the material changes.

    One notice per promised channel (email.eml and parts, announcement, sms, in-app,
    mail, phone) plus notice.json, the proof of notice. Exit code 0 when the schedule
    complies (or no notice is required), 1 when it breaks a promised period or a legal
    minimum, 2 on bad input or config.

    Example: tosdiff notice terms-2024.md terms-2025.md --out notices --notice-date 2026-12-01
    """
    from .config import load_config
    from .dates import parse_option_date
    from .notice import build_notices, write_notices

    with errors():
        settings = load_config(config)
        report = api.compare(load(old), load(new))
        bundle = build_notices(
            report,
            config=settings,
            notice_date=parse_option_date(notice_date, "--notice-date"),
            effective_date=parse_option_date(effective_date, "--effective-date"),
            channels=tuple(channel or ()),
            templates=templates,
        )
        if not bundle.required:
            typer.echo("tosdiff: no material change: no notice is required", err=True)
            raise typer.Exit(ExitCode.OK)
        written = write_notices(bundle, out)
        for note in bundle.terms_changes:
            typer.echo(f"tosdiff: notice terms change: {note}", err=True)
        for warning in bundle.warnings:
            typer.echo(f"tosdiff: warning: {warning}", err=True)
        assert bundle.schedule is not None
        for finding in bundle.schedule.findings:
            typer.echo(f"tosdiff: non-compliant: {finding.message} [{finding.rule}]", err=True)
        _emit("".join(f"{path}\n" for path in written), None)
        raise typer.Exit(bundle.exit_code)


def run() -> None:
    """Run the CLI (console-script entry point)."""
    app()


if __name__ == "__main__":  # pragma: no cover
    run()
