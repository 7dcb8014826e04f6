"""Terminal report: clause, kinds, explanation and a coloured redline per change."""

from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text
from rich.theme import Theme

from ..model import Change, Report
from .common import listed, noise_line, summary_line, title

THEME = Theme(
    {
        "tosdiff.insert": "bold green underline",
        "tosdiff.delete": "red strike",
        "tosdiff.title": "bold",
        "tosdiff.material": "bold yellow",
        "tosdiff.explanation": "italic",
        "tosdiff.dim": "dim",
    }
)


def _redline(change: Change, color: bool) -> Text:
    """Return the redline as rich Text; without colour, [-deleted-] and {+inserted+}."""
    text = Text()
    for segment in change.redline:
        if segment.op == "equal":
            text.append(segment.text)
        elif color:
            style = "tosdiff.insert" if segment.op == "insert" else "tosdiff.delete"
            text.append(segment.text, style=style)
        elif segment.op == "insert":
            text.append("{+" + segment.text + "+}")
        else:
            text.append("[-" + segment.text + "-]")
    return text


def format_report(report: Report, *, color: bool = False, width: int = 100) -> str:
    """Return a readable terminal report, coloured when color is true."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        theme=THEME,
        force_terminal=color,
        no_color=not color,
        highlight=False,
        soft_wrap=False,
    )
    console.print(
        Text.assemble(
            ("Comparing ", "tosdiff.dim"),
            report.old.source.name,
            (" → ", "tosdiff.dim"),
            report.new.source.name,
        )
    )
    for warning in report.warnings:
        console.print(Text("warning: " + warning, style="tosdiff.material"))
    for change in listed(report):
        console.print()
        style = "tosdiff.material" if change.material else "tosdiff.title"
        console.print(Text(title(change), style=style))
        if change.explanation:
            console.print(Text("  " + change.explanation, style="tosdiff.explanation"))
        body = _redline(change, color)
        body.pad_left(2)
        console.print(body)
        extra = len(change.new_extra or change.old_extra)
        if extra:
            console.print(
                Text(f"  … and {extra} more clause(s) in this block", style="tosdiff.dim")
            )
    console.print()
    folded = noise_line(report)
    if folded:
        console.print(Text(folded, style="tosdiff.dim"))
    console.print(Text(summary_line(report), style="tosdiff.title"))
    return buffer.getvalue()
