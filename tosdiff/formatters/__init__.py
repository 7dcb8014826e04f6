"""Output formats: each is one module with a function from a Report to text.

Adding a format means one new module here and one line in FORMATTERS. Modules are
imported only when used, so a JSON run does not pay for the terminal renderer.
"""

from __future__ import annotations

from importlib import import_module

from ..model import Report

# format name -> module (in this package) whose format_report() renders it
FORMATTERS: dict[str, str] = {
    "text": "text",
    "markdown": "markdown",
    "html": "html",
    "json": "json",
    "github": "github",
}


def format_report(report: Report, fmt: str, *, color: bool = False) -> str:
    """Return report rendered in the named format."""
    module = import_module(f"{__name__}.{FORMATTERS[fmt]}")
    text: str = module.format_report(report, color=color)
    return text
