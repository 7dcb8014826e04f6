"""JSON report: the versioned contract (schema ``tosdiff.diff/1``) other tools read."""

from __future__ import annotations

import json
from typing import Any

from ..model import Change, Clause, Document, Report

SCHEMA = "tosdiff.diff/1"


def clause_to_dict(clause: Clause | None) -> dict[str, Any] | None:
    """Return the JSON form of one clause."""
    if clause is None:
        return None
    return {
        "number": clause.number,
        "heading": clause.heading,
        "text": clause.text,
        "lines": list(clause.lines),
    }


def _side(main: Clause | None, extra: tuple[Clause, ...]) -> dict[str, Any] | None:
    """Return a change side; a moved block's extra clauses join its text and lines."""
    data = clause_to_dict(main)
    if data is not None and extra:
        data["text"] = "\n\n".join([data["text"], *(c.text for c in extra)])
        data["lines"] = [data["lines"][0], extra[-1].lines[1]]
        data["clauses"] = 1 + len(extra)
    return data


def change_to_dict(change: Change) -> dict[str, Any]:
    """Return the JSON form of one change."""
    data: dict[str, Any] = {
        "id": change.id,
        "op": change.op,
        "old": _side(change.old, change.old_extra),
        "new": _side(change.new, change.new_extra),
        "redline": [{"op": s.op, "text": s.text} for s in change.redline],
        "kinds": list(change.kinds),
        "material": change.material,
        "direction": change.direction,
        "explanation": change.explanation,
        "evidence": [e.to_dict() for e in change.evidence],
    }
    if change.noise:
        data["noise"] = change.noise
    if change.redline_timed_out:
        data["redline_timed_out"] = True
    return data


def document_to_dict(doc: Document) -> dict[str, Any]:
    """Return the JSON summary of one version."""
    return {
        "source": doc.source.name,
        "title": doc.title,
        "clauses": len(doc.clauses),
        "effective_date": doc.effective_date,
    }


def report_to_dict(report: Report) -> dict[str, Any]:
    """Return the whole report as JSON-ready data."""
    return {
        "schema": SCHEMA,
        "old": document_to_dict(report.old),
        "new": document_to_dict(report.new),
        "changes": [change_to_dict(c) for c in report.changes],
        "renumbered": report.renumbered,
        "warnings": list(report.warnings),
        "summary": report.summary(),
    }


def format_report(report: Report, *, color: bool = False) -> str:
    """Return the report as indented JSON."""
    return json.dumps(report_to_dict(report), indent=2, ensure_ascii=False) + "\n"
