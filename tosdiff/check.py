"""The verdict of ``tosdiff check`` and its GitHub Actions side effects.

``--fail-on`` sets the level that fails a check: ``material`` (default) fails on a
material change, ``adverse`` only on a material change adverse to users, ``any`` on
any change at all, ``never`` only reports. In GitHub Actions the check also appends a
Markdown report to ``$GITHUB_STEP_SUMMARY`` and writes the outputs ``changed``,
``material``, ``adverse`` (``true``/``false``) and ``kinds`` (comma-separated,
sorted) to ``$GITHUB_OUTPUT``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from .errors import TosdiffError
from .model import Report
from .status import ExitCode

FAIL_ON = ("material", "adverse", "any", "never")


def exit_code(report: Report, fail_on: str = "material") -> ExitCode:
    """Return CHANGED when something at or above the fail_on level changed, else OK.

    >>> from tosdiff import compare
    >>> int(exit_code(compare("1. Pay in 30 days.", "1. Pay in 30 days."), "any"))
    0
    """
    if fail_on not in FAIL_ON:
        raise TosdiffError(f"--fail-on: unknown level {fail_on!r} (use {', '.join(FAIL_ON)})")
    if fail_on == "material":
        failed = bool(report.material)
    elif fail_on == "adverse":
        failed = any(change.direction == "adverse" for change in report.material)
    elif fail_on == "any":
        failed = bool(report.changes)
    else:
        failed = False
    return ExitCode.CHANGED if failed else ExitCode.OK


def outputs(report: Report) -> dict[str, str]:
    """Return the step outputs: changed, material, adverse and kinds."""
    kinds = sorted({kind for change in report.changes for kind in change.kinds})
    adverse = any(change.direction == "adverse" for change in report.material)
    return {
        "changed": "true" if report.changes else "false",
        "material": "true" if report.material else "false",
        "adverse": "true" if adverse else "false",
        "kinds": ",".join(kinds),
    }


def _append(path: str, text: str, variable: str) -> None:
    """Append text to the file a GitHub environment variable names."""
    try:
        with Path(path).open("a", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as error:
        raise TosdiffError(
            f"${variable} ({path}): cannot write: {error.strerror or error}"
        ) from None


def write_github_files(report: Report, env: Mapping[str, str] | None = None) -> list[str]:
    """Append the summary and outputs to the files GitHub names; return what was written.

    Variables that are unset or empty (outside Actions) are skipped.
    """
    from .formatters import format_report

    env = os.environ if env is None else env
    written = []
    summary = env.get("GITHUB_STEP_SUMMARY")
    if summary:
        _append(
            summary, format_report(report, "markdown").rstrip("\n") + "\n\n", "GITHUB_STEP_SUMMARY"
        )
        written.append(summary)
    output = env.get("GITHUB_OUTPUT")
    if output:
        lines = "".join(f"{name}={value}\n" for name, value in outputs(report).items())
        _append(output, lines, "GITHUB_OUTPUT")
        written.append(output)
    return written
