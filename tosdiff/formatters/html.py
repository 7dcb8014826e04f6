"""Self-contained HTML report: a list of changes with anchors and an inline redline."""

from __future__ import annotations

from html import escape

from ..model import Change, Report
from .common import listed, noise_line, summary_line, title

STYLE = """
body{font:16px/1.55 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;
  color:#1d2330;background:#f6f7f9}
main{max-width:60rem;margin:0 auto;padding:2rem 1.25rem}
h1{font-size:1.5rem;margin:0 0 .25rem}.meta{color:#5b6475;margin:0 0 1.5rem}
nav ol{padding-left:1.25rem}nav a{color:#1a56db;text-decoration:none}
section.change{background:#fff;border:1px solid #e2e5ea;border-radius:10px;
  padding:1rem 1.25rem;margin:1rem 0}
section.change.material{border-left:5px solid #d97706}
h2{font-size:1.05rem;margin:0 0 .5rem}
.kind{display:inline-block;font-size:.75rem;padding:.1rem .5rem;border-radius:999px;
  background:#eef2ff;color:#3730a3;margin-right:.25rem}
.explanation{font-style:italic;color:#374151;margin:.25rem 0 .75rem}
.redline{white-space:pre-wrap}ins{background:#dcfce7;color:#14532d;text-decoration:none}
del{background:#fee2e2;color:#7f1d1d}
.warning{background:#fff7ed;border:1px solid #fed7aa;padding:.5rem .75rem;border-radius:8px}
.folded{color:#5b6475;font-size:.9rem}
"""


def redline_html(change: Change) -> str:
    """Return the redline of a change as escaped HTML with <ins> and <del>."""
    parts = []
    for segment in change.redline:
        text = escape(segment.text)
        if segment.op == "insert":
            parts.append(f"<ins>{text}</ins>")
        elif segment.op == "delete":
            parts.append(f"<del>{text}</del>")
        else:
            parts.append(text)
    return "".join(parts)


def change_html(change: Change) -> str:
    """Return one change as an HTML section with an anchor."""
    kinds = "".join(f'<span class="kind">{escape(k)}</span>' for k in change.kinds)
    classes = "change material" if change.material else "change"
    explanation = (
        f'<p class="explanation">{escape(change.explanation)}</p>' if change.explanation else ""
    )
    return (
        f'<section class="{classes}" id="{escape(change.id)}">'
        f"<h2>{escape(title(change))}</h2>{kinds}{explanation}"
        f'<div class="redline">{redline_html(change)}</div></section>'
    )


def format_report(report: Report, *, color: bool = False) -> str:
    """Return the report as one HTML page with no external resources."""
    changes = listed(report)
    toc = "".join(f'<li><a href="#{escape(c.id)}">{escape(title(c))}</a></li>' for c in changes)
    warnings = "".join(f'<p class="warning">{escape(w)}</p>' for w in report.warnings)
    folded = noise_line(report)
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>tosdiff: {escape(report.new.title or report.new.source.name)}</title>"
        f"<style>{STYLE}</style></head><body><main>"
        f"<h1>{escape(report.new.title or 'Agreement changes')}</h1>"
        f'<p class="meta">{escape(report.old.source.name)} → {escape(report.new.source.name)}: '
        f"<strong>{escape(summary_line(report))}</strong></p>{warnings}"
        f"<nav><ol>{toc}</ol></nav>"
        + "".join(change_html(c) for c in changes)
        + (f'<p class="folded">{escape(folded)}</p>' if folded else "")
        + "</main></body></html>\n"
    )
