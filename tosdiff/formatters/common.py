"""Helpers shared by the human-readable formatters."""

from __future__ import annotations

from ..model import Change, Report


def where(change: Change) -> str:
    """Return where a change sits, e.g. "3.8 → 3.7" or "Article 7 → Article 10"."""
    old = change.old.number if change.old else None
    new = change.new.number if change.new else None
    if old and new and old != new:
        return f"{old} → {new}"
    return new or old or _heading(change) or "(unnumbered)"


def _heading(change: Change) -> str | None:
    """Return the heading of the clause a change sits under."""
    clause = change.new or change.old
    return clause.heading if clause else None


def title(change: Change) -> str:
    """Return a one-line title for a change: place, op and kinds."""
    kinds = ", ".join(change.kinds)
    parts = [where(change), change.op]
    if kinds:
        parts.append(f"[{kinds}]")
    if change.material:
        parts.append("MATERIAL")
        if change.direction != "neutral":
            parts.append(f"{change.direction} for users")
    return " · ".join(parts)


def listed(report: Report) -> list[Change]:
    """Return the changes to list one by one: all but the changes of links, images or
    layout alone (noise)."""
    return [change for change in report.changes if not change.noise]


def noise_line(report: Report) -> str | None:
    """Return one line folding the changes of links, images or layout alone, if any."""
    what = {
        "links": "with only link targets changed",
        "images": "with only images changed",
        "layout": "with only table layout and no words",
    }
    parts: list[str] = []
    for noise, words in what.items():
        count = sum(1 for change in report.noise if change.noise == noise)
        if count:
            clauses = "" if parts else (" clauses" if count != 1 else " clause")
            parts.append(f"{count}{clauses} {words}")
    return ("Not listed: " + " and ".join(parts) + " (editorial).") if parts else None


def summary_line(report: Report) -> str:
    """Return the one-line summary: counts per op, material and per kind."""
    summary = report.summary()
    if not report.changes:
        return "No changes."
    ops = ", ".join(
        f"{summary[op]} {op}" for op in ("modified", "added", "removed", "moved") if summary[op]
    )
    if not report.classified:
        return f"{len(report.changes)} changes ({ops}); not classified"
    line = f"{len(report.changes)} changes ({ops}); {summary['material']} material"
    adverse = sum(1 for change in report.material if change.direction == "adverse")
    if adverse:
        line += f" ({adverse} adverse for users)"
    if summary["kinds"]:
        line += "; " + ", ".join(f"{k} {n}" for k, n in summary["kinds"].items())
    return line
