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
from typing import Annotated, Any

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


def _version(value: bool) -> None:
    """Print the version and stop (an eager --version option)."""
    if value:
        from . import __version__

        typer.echo(f"tosdiff {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    traceback: Annotated[
        bool, typer.Option("--traceback", hidden=True, help="Show tracebacks of errors.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
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


def _options(rules: list[Path] | None, *, classify: bool = True) -> api.DiffOptions:
    """Return compare() options with the user's rules files added to the shipped ones."""
    from .ruleset import load_rules

    if not classify:
        return api.DiffOptions(classify=False)
    return api.DiffOptions(rules=load_rules(*rules) if rules else None)


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


OldArg = Annotated[
    Path,
    typer.Argument(
        metavar="OLD",
        help="The version in force: text, Markdown, HTML, Word or PDF file, or REV:path in git.",
    ),
]
NewArg = Annotated[Path, typer.Argument(metavar="NEW", help="The revised version.")]
FormatOpt = Annotated[
    ReportFormat, typer.Option("--format", "-f", help="Report format.", case_sensitive=False)
]
OutputOpt = Annotated[
    Path | None,
    typer.Option("--output", "-o", metavar="FILE", help="Write the report to FILE, not stdout."),
]
NoticeDateOpt = Annotated[
    str | None,
    typer.Option(
        "--notice-date", metavar="YYYY-MM-DD", help="Date notice goes out (default today)."
    ),
]
EffectiveDateOpt = Annotated[
    str | None,
    typer.Option("--effective-date", metavar="YYYY-MM-DD", help="Date the new terms take effect."),
]
ConfigOpt = Annotated[
    Path | None,
    typer.Option("--config", metavar="FILE", help="tosdiff.toml with sender, URLs, branding."),
]
RulesOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--rules",
        metavar="FILE",
        help="Extra classification rules (TOML, same format as tosdiff/rules/); repeatable.",
    ),
]
TemplatesOpt = Annotated[
    Path | None,
    typer.Option("--templates", metavar="DIR", help="Folder of templates overriding defaults."),
]


@app.command()
def diff(
    old: OldArg,
    new: NewArg,
    format: FormatOpt = ReportFormat.text,  # type: ignore[attr-defined]
    output: OutputOpt = None,
    rules: RulesOpt = None,
    classify: Annotated[
        bool,
        typer.Option(
            "--classify/--no-classify",
            help="Sort changes by kind and materiality; --no-classify reports only the "
            "clauses that changed and their redlines (faster).",
        ),
    ] = True,
) -> None:
    """Compare two versions of an agreement clause by clause.

    Prints each changed clause with its number, kinds and a word-level redline.
    Exit code 0 on success (changes or not), 2 on bad input.

    Example: tosdiff diff terms-2024.md terms-2025.md --format markdown
    """
    from .gitsource import load_version

    with errors():
        options = _options(rules, classify=classify)
        report = api.compare(load_version(old), load(new), options=options)
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
    out: Annotated[
        Path, typer.Option("--out", metavar="DIR", help="Folder to write the notices into.")
    ],
    notice_date: NoticeDateOpt = None,
    effective_date: EffectiveDateOpt = None,
    config: ConfigOpt = None,
    templates: TemplatesOpt = None,
    channel: Annotated[
        list[str] | None,
        typer.Option("--channel", metavar="CHANNEL", help="Render only this channel (repeatable)."),
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


class CheckFormat(str, Enum):  # noqa: UP042 (like TermsFormat)
    """Output formats of `tosdiff check`."""

    text = "text"
    github = "github"
    json = "json"


class FailOn(str, Enum):  # noqa: UP042
    """Levels of `tosdiff check --fail-on`."""

    material = "material"
    adverse = "adverse"
    any = "any"
    never = "never"


@app.command()
def check(
    old: Annotated[
        str, typer.Argument(help="The version in force: a file, or REV:path read with git.")
    ],
    new: NewArg,
    fail_on: Annotated[
        FailOn,
        typer.Option(
            "--fail-on",
            help="Fail on a material change, a material change adverse to users, any "
            "change, or never.",
        ),
    ] = FailOn.material,
    format: Annotated[
        CheckFormat, typer.Option("--format", "-f", help="Report format.", case_sensitive=False)
    ] = CheckFormat.text,
    output: OutputOpt = None,
    rules: RulesOpt = None,
) -> None:
    """Check a change to an agreement in CI: exit 1 when it changed at the --fail-on level.

    OLD may be REV:path (e.g. origin/main:legal/terms.md) to read it from git. With
    --format github: one annotation per change at its line in NEW (warning when
    material), a Markdown report appended to $GITHUB_STEP_SUMMARY, and the outputs
    changed, material and kinds written to $GITHUB_OUTPUT. Exit code 0 when nothing at
    or above the level changed, 1 when something did, 2 on bad input.

    Example: tosdiff check origin/main:legal/terms.md legal/terms.md --format github
    """
    from .check import exit_code, write_github_files
    from .gitsource import load_version

    with errors():
        report = api.compare(load_version(old), load_version(new), options=_options(rules))
        code = exit_code(report, fail_on.value)
        _emit(format_report(report, format.value, color=_use_color(output)), output)
        if format == CheckFormat.github:
            write_github_files(report)
        if format != CheckFormat.json:
            summary = report.summary()
            typer.echo(
                f"tosdiff: {len(report.changes)} change(s), {summary['material']} material: "
                f"{'fail' if code else 'pass'} (--fail-on {fail_on.value})",
                err=True,
            )
    raise typer.Exit(code)


@app.command()
def fetch(
    url: Annotated[str, typer.Argument(help="The page of the published agreement.")],
    out: Annotated[Path, typer.Option("--out", help="Markdown snapshot file to keep.")],
    selector: Annotated[
        str | None,
        typer.Option("--selector", help="CSS selector of the agreement (default: main content)."),
    ] = None,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0.1, help="Seconds to wait for each request.")
    ] = 30.0,
    retries: Annotated[
        int, typer.Option("--retries", min=0, help="Retries on connection errors and 5xx.")
    ] = 3,
) -> None:
    """Download a published agreement and update its Markdown snapshot if it changed.

    The file is rewritten only when the text really changed (not spacing or markup).
    Exit code 0 when unchanged, 1 when it changed and was written, 2 on error (bad URL,
    HTTP error, timeout, not an HTML page).

    Example: tosdiff fetch https://example.com/terms --out snapshots/terms.md --selector main
    """
    from .fetch import FetchOptions, fetch_markdown, write_snapshot

    with errors():
        text = fetch_markdown(
            url, selector=selector, options=FetchOptions(timeout=timeout, retries=retries)
        )
        changed = write_snapshot(out, text)
    typer.echo(f"tosdiff: {out}: {'changed, written' if changed else 'unchanged'}", err=True)
    raise typer.Exit(ExitCode.CHANGED if changed else ExitCode.OK)


@app.command("log")
def log_(
    path: Annotated[str, typer.Argument(help="The terms file, in a git repository.")],
    rev_range: Annotated[
        str | None, typer.Argument(help="Revisions to walk, e.g. v1.0..HEAD (default: all).")
    ] = None,
    format: Annotated[
        TermsFormat, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
    ] = TermsFormat.text,
    output: OutputOpt = None,
) -> None:
    """List the commits that changed a terms file, each classified against the one before.

    One line per commit, newest first: date, short commit, verdict (material, minor,
    unchanged, added, removed), changes per kind and the commit subject.

    Example: tosdiff log legal/terms.md v1.0..HEAD --format json
    """
    import json

    from .history import format_text, history, to_dict

    with errors(), _progress("classifying", "commits/s") as progress:
        versions = history(path, rev_range, progress=progress)
        if format == TermsFormat.json:
            text = json.dumps(to_dict(path, rev_range, versions), indent=2) + "\n"
        else:
            text = format_text(versions)
        _emit(text, output)


@app.command()
def send(
    folder: Annotated[
        Path | None,
        typer.Argument(help="Folder written by tosdiff notice (optional with --status)."),
    ] = None,
    recipients: Annotated[
        Path | None,
        typer.Option(
            "--recipients",
            help="CSV with an email column; every column reaches "
            "the template as recipient.<column>.",
        ),
    ] = None,
    smtp_host: Annotated[str | None, typer.Option("--smtp-host", help="SMTP server.")] = None,
    smtp_port: Annotated[
        str | None, typer.Option("--smtp-port", help="Port (default 587, tls 465, none 25).")
    ] = None,
    security: Annotated[
        str, typer.Option("--security", help="starttls (default), tls or none.")
    ] = "starttls",
    user: Annotated[
        str | None,
        typer.Option("--user", help="Login; the password comes from TOSDIFF_SMTP_PASSWORD."),
    ] = None,
    ledger: Annotated[
        Path | None,
        typer.Option("--ledger", help="SQLite ledger (default DIR/send-ledger.sqlite)."),
    ] = None,
    concurrency: Annotated[
        int, typer.Option("--concurrency", help="SMTP connections at once.")
    ] = 4,
    rate: Annotated[
        float | None, typer.Option("--rate", help="At most this many messages per second.")
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Render every message, connect to nothing.")
    ] = False,
    status: Annotated[
        bool, typer.Option("--status", help="Print what the ledger recorded and exit.")
    ] = False,
    ca_file: Annotated[
        Path | None,
        typer.Option("--ca-file", help="Trust the server certificate(s) in this PEM file."),
    ] = None,
    templates: Annotated[
        Path | None, typer.Option("--templates", help="The --templates folder notice used.")
    ] = None,
    retries: Annotated[
        int, typer.Option("--retries", help="Retries of a 4xx or dropped connection.")
    ] = 3,
    retry_delay: Annotated[
        float, typer.Option("--retry-delay", help="First backoff in seconds (doubles).")
    ] = 1.0,
) -> None:
    """Email the notice in DIR to every recipient of a CSV, exactly once, resumably.

    A ledger records each message before and after it is sent; rerunning the same
    command skips those sent and retries the rest. Exit code 0 when every recipient
    has the notice, 1 when some failed or are left for a rerun, 2 on bad input,
    authentication or TLS errors.

    Example: tosdiff send notices --recipients users.csv --smtp-host smtp.example.com --user me
    """
    from .send import (
        LEDGER_NAME,
        PASSWORD_ENV,
        SendOptions,
        SmtpSettings,
        ledger_status,
        load_notice,
        parse_port,
        send_notices,
    )

    with errors():
        if status:
            if ledger is None and folder is None:
                raise TosdiffError("--status needs --ledger FILE or DIR")
            text, code = ledger_status(ledger or folder / LEDGER_NAME)  # type: ignore[operator]
            _emit(text, None)
            raise typer.Exit(code)
        if folder is None:
            raise TosdiffError("missing DIR: the folder written by tosdiff notice")
        if recipients is None:
            raise TosdiffError("missing --recipients FILE.csv")
        notice = load_notice(folder, templates)
        smtp = None
        if smtp_host is not None:
            smtp = SmtpSettings(
                host=smtp_host,
                port=parse_port(smtp_port, security),
                security=security,
                user=user,
                password=os.environ.get(PASSWORD_ENV) or None,
                ca_file=ca_file,
            )
        options = SendOptions(
            concurrency=concurrency,
            rate=rate,
            retries=retries,
            retry_delay=retry_delay,
            dry_run=dry_run,
        )
        with _progress("sending", "msg/s") as progress:
            summary = send_notices(
                notice,
                recipients,
                ledger or folder / LEDGER_NAME,
                smtp,
                options,
                progress=progress,
                report_skip=_skip_reporter(),
            )
    typer.echo(f"tosdiff: {summary.text()}", err=True)
    raise typer.Exit(summary.exit_code)


@contextmanager
def _progress(label: str, unit: str) -> Iterator[Any]:
    """Yield a progress starter: start(total) returns advance(n). A bar with rate and ETA
    on stderr, off when stderr is not a terminal."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task: Any) -> Text:
            return Text(f"{task.speed or 0:.0f} {unit}")

    console = Console(stderr=True)
    bar = Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeRemainingColumn(),
        console=console,
        disable=not console.is_terminal,
    )

    def start(total: int) -> Any:
        task = bar.add_task(label, total=total)
        return lambda n: bar.advance(task, n)

    with bar:
        yield start


def _skip_reporter(limit: int = 20) -> Any:
    """Return a callback printing the first skipped CSV rows on stderr."""
    seen = [0]

    def report(message: str) -> None:
        seen[0] += 1
        if seen[0] <= limit:
            typer.echo(f"tosdiff: {message}", err=True)
        elif seen[0] == limit + 1:
            typer.echo("tosdiff: more rows skipped: see tosdiff send --status", err=True)

    return report


@app.command()
def preview(
    old: OldArg,
    new: NewArg,
    port: Annotated[
        int, typer.Option("--port", min=0, max=65535, help="Port on 127.0.0.1 (0: any free).")
    ] = 8000,
    config: ConfigOpt = None,
    templates: TemplatesOpt = None,
    notice_date: NoticeDateOpt = None,
    effective_date: EffectiveDateOpt = None,
    get: Annotated[
        str | None,
        typer.Option("--get", help="Print the response to GET PATH (e.g. /) and exit; no port."),
    ] = None,
) -> None:
    """Preview the changes and every notice in a browser, re-rendered as you edit.

    Serves one page on 127.0.0.1 only: the changes with their redline, each notice in
    its own tab (email at desktop and phone width, SMS, announcement, in-app message,
    letter, call script), the schedule and compliance findings, and the files. Saving a
    template, the config or either version re-renders it and the page reloads itself.
    With --get PATH it prints that response and exits: 0 on HTTP 200, else 1.

    Example: tosdiff preview terms-2024.md terms-2025.md --config tosdiff.toml --port 8000
    """
    from .dates import parse_option_date
    from .preview import PreviewOptions, serve
    from .preview import get as get_path

    with errors():
        options = PreviewOptions(
            old=old,
            new=new,
            config=config,
            templates=templates,
            notice_date=parse_option_date(notice_date, "--notice-date"),
            effective_date=parse_option_date(effective_date, "--effective-date"),
        )
        if get is not None:
            status, body = get_path(options, get)
            sys.stdout.buffer.write(body)
            sys.stdout.flush()
            raise typer.Exit(ExitCode.OK if status == 200 else ExitCode.CHANGED)
        serve(
            options,
            port,
            echo=lambda line: typer.echo(line),
            note=lambda line: typer.echo(f"tosdiff: {line}", err=True),
        )


def run() -> None:
    """Run the CLI (console-script entry point)."""
    app()


if __name__ == "__main__":  # pragma: no cover
    run()
