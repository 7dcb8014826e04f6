"""Output formats: each is one function from a Report to text.

Adding a format means one new module here and one line in FORMATTERS.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Report
from . import html, json, markdown, text

Formatter = Callable[..., str]

FORMATTERS: dict[str, Formatter] = {
    "text": text.format_report,
    "markdown": markdown.format_report,
    "html": html.format_report,
    "json": json.format_report,
}


def format_report(report: Report, fmt: str, *, color: bool = False) -> str:
    """Return report rendered in the named format."""
    return FORMATTERS[fmt](report, color=color)
