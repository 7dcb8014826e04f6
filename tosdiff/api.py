"""The public Python API: compare two versions of an agreement.

The CLI, the preview server and the GitHub integration all call these functions.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from .align import Alignment, Pair, align
from .classify import classify_report
from .load import load_text
from .model import Change, Document, Report, Source
from .redline import DEFAULT_TIMEOUT, redline
from .ruleset import RuleSet, default_rules
from .segment import BlockText, segment

_WORD = re.compile(r"[^\W_]")  # a letter or a digit


@dataclass(frozen=True)
class DiffOptions:
    """Switches for compare(); every field has a sensible default."""

    # Seconds diff-match-patch may spend on one clause pair before it gives up.
    redline_timeout: float = DEFAULT_TIMEOUT
    # Classify changes by kind and materiality (off: ops and redlines only).
    classify: bool = True
    # Rules to classify with; None means the rules shipped with tosdiff.
    rules: RuleSet | None = None


def parse(source: Source | str, *, memo: dict[str, BlockText] | None = None) -> Document:
    """Return the clause tree of an agreement given as a Source or plain text.

    memo: shared by the parses of two versions of one agreement (see segment()).
    """
    if isinstance(source, str):
        source = load_text(source)
    return segment(source, memo=memo)


def compare(
    old: Source | str | Document,
    new: Source | str | Document,
    *,
    options: DiffOptions | None = None,
) -> Report:
    """Compare two versions of an agreement clause by clause.

    >>> report = compare("1. You may cancel within 30 days.", "1. You may cancel within 14 days.")
    >>> [(c.op, c.new.number) for c in report.changes]
    [('modified', '1')]
    """
    options = options or DiffOptions()
    memo: dict[str, BlockText] = {}  # most blocks of the new version are the old one's
    old_doc = old if isinstance(old, Document) else parse(old, memo=memo)
    new_doc = new if isinstance(new, Document) else parse(new, memo=memo)
    alignment = align(old_doc, new_doc)
    report = Report(
        old=old_doc,
        new=new_doc,
        changes=build_changes(old_doc, new_doc, alignment, timeout=options.redline_timeout),
        renumbered=alignment.renumbered,
        classified=options.classify,
    )
    if options.classify:
        classify_report(report, options.rules or default_rules())
    return report


def build_changes(
    old: Document, new: Document, alignment: Alignment, *, timeout: float = DEFAULT_TIMEOUT
) -> list[Change]:
    """Return the changes an alignment implies, each with its word-level redline."""
    changes: list[Change] = []
    seen: dict[str, int] = {}
    for pair in alignment.pairs:
        change = _change(old, new, pair, timeout)
        if change is None:
            continue
        seen[change.id] = seen.get(change.id, 0) + 1
        if seen[change.id] > 1:  # the same edit made in several places
            change.id = f"{change.id}-{seen[change.id]}"
        changes.append(change)
    return changes


def _change(old: Document, new: Document, pair: Pair, timeout: float) -> Change | None:
    """Return the Change for one aligned pair, or None when nothing changed."""
    noise = None
    if pair.op == "equal":  # most pairs: settled before gathering their clauses
        old_clause, new_clause = old.clauses[pair.old[0]], new.clauses[pair.new[0]]
        if old_clause.links != new_clause.links:
            noise = "links"
        elif old_clause.images != new_clause.images:
            noise = "images"
        else:
            return None
    a = [old.clauses[i] for i in pair.old]
    b = [new.clauses[j] for j in pair.new]
    if not any(_WORD.search(c.text) for c in (*a, *b)):
        noise = "layout"  # the cells or borders of a table left empty, no word in them
    first_old, first_new = (a[0] if a else None), (b[0] if b else None)
    op = "modified" if pair.op == "equal" else pair.op
    if pair.op in ("added", "removed"):
        whole = "\n\n".join(c.text for c in (a or b))
        lines = redline(whole if a else "", whole if b else "", timeout=timeout)
    elif len(a) > 1 or len(b) > 1:  # a block moved: its clauses may have changed too
        lines = redline(
            "\n\n".join(c.text for c in a), "\n\n".join(c.text for c in b), timeout=timeout
        )
    else:
        lines = redline(
            first_old.text if first_old else "",
            first_new.text if first_new else "",
            timeout=timeout,
        )
    digest = hashlib.sha1(
        "\0".join(
            [op, first_old.key if first_old else "", first_new.key if first_new else ""]
        ).encode()
    ).hexdigest()[:10]
    return Change(
        id=f"c-{digest}",
        op=op,
        old=first_old,
        new=first_new,
        redline=lines.segments,
        noise=noise,
        redline_timed_out=lines.timed_out,
        old_extra=tuple(a[1:]),
        new_extra=tuple(b[1:]),
    )
