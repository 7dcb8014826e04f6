"""Markdown report, for a pull-request comment or a GitHub step summary."""

from __future__ import annotations

from ..model import Change, Report
from .common import listed, noise_line, summary_line, title

_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|#~"})


def escape(text: str) -> str:
    """Return text with Markdown and HTML specials escaped."""
    return text.translate(_SPECIAL)


def redline_markdown(change: Change) -> str:
    """Return the redline with deletions struck through and insertions in bold."""
    parts = []
    for segment in change.redline:
        text = escape(segment.text)
        if segment.op == "equal" or not segment.text.strip():
            parts.append(text)
        else:
            lead = text[: len(text) - len(text.lstrip())]
            trail = text[len(text.rstrip()) :]
            core = text.strip()
            mark = f"~~{core}~~" if segment.op == "delete" else f"**{core}**"
            parts.append(f"{lead}{mark}{trail}")
    return "".join(parts)


def format_report(report: Report, *, color: bool = False) -> str:
    """Return the report as GitHub-flavoured Markdown."""
    lines = [
        f"### tosdiff: {escape(report.old.title or report.old.source.name)}",
        "",
        f"`{report.old.source.name}` → `{report.new.source.name}`: **{summary_line(report)}**",
        "",
    ]
    for warning in report.warnings:
        lines += [f"> ⚠️ {escape(warning)}", ""]
    for change in listed(report):
        marker = "🔴 " if change.material else ""
        lines.append(f"#### {marker}{escape(title(change))}")
        if change.explanation:
            lines.append(f"_{escape(change.explanation)}_")
        lines += ["", "> " + redline_markdown(change).replace("\n", "\n> "), ""]
    folded = noise_line(report)
    if folded:
        lines += [f"<sub>{escape(folded)}</sub>", ""]
    return "\n".join(lines)
