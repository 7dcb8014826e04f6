"""Where a change edits its texts: the two texts, the edited spans, the sentences.

Every check of a change reads these: the rules look for words near the edited spans,
the materiality checks read the sentences an edit touches. Pure functions of a Change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import regexcache
from .editorial import Renames, effective_redline
from .model import Change, Clause
from .words import DIGIT, WORD

WINDOW = 120  # characters of context around an edit that a pattern may span
# (not after an initial or an abbreviation of initials: "U.S. dollars", "e.g. cookies",
# nor after the day of a date written the German way: "vom 1. März 2024")
_NOT_A_DATE = (
    r"(?!(?:(?<=\b\d\.)|(?<=\b\d\d\.))\s+(?:Januar|Februar|März|April|Mai|Juni|Juli|August"
    r"|September|Oktober|November|Dezember)\b)"
)
SENTENCE_END = regexcache.compile(r"(?<=[.;!?])(?<!\b[A-Za-z]\.)" + _NOT_A_DATE + r"\s+")
_SENTENCE_BREAK = regexcache.compile(r"(?<=[.;!?])(?<!\b[A-Za-z]\.)" + _NOT_A_DATE + r"\s+|\n+")
_SENTENCE_STEP = 400  # characters read back at a time to find a sentence's start


@dataclass(frozen=True)
class Edits:
    """The two texts of a change and which character spans of each were edited."""

    old: str
    new: str
    deleted: tuple[tuple[int, int], ...]
    inserted: tuple[tuple[int, int], ...]
    # every edit located in the new text (a deletion as an empty span where it was);
    # empty for a clause added or removed
    edits_in_new: tuple[tuple[int, int], ...] = ()
    # the same in the old text (an insertion as an empty span where it goes)
    edits_in_old: tuple[tuple[int, int], ...] = ()


# spaces that look like spaces ("16\u00a0years", as web pages write them), read as one so
# that rule patterns written with a space match; one character for one keeps every span
_ODD_SPACES = ("\u00a0", "\u2007", "\u2009", "\u202f")


def _plain_spaces(text: str) -> str:
    """Return text with no-break and thin spaces replaced by spaces (a translation
    table is slow; most texts are ASCII, which one flag tells)."""
    if text.isascii():
        return text
    for odd in _ODD_SPACES:
        if odd in text:
            text = text.replace(odd, " ")
    return text


def edits_of(change: Change, renames: Renames = frozenset()) -> Edits:
    """Return the texts and edited spans of a change (a whole clause when it is added
    or removed), with no-break and thin spaces read as spaces."""
    if change.old is None or change.new is None:
        old = "\n".join(c.text for c in clauses_of(change.old, change.old_extra))
        new = "\n".join(c.text for c in clauses_of(change.new, change.new_extra))
        old, new = _plain_spaces(old), _plain_spaces(new)
        return Edits(old, new, ((0, len(old)),) if old else (), ((0, len(new)),) if new else ())
    deleted, inserted, edits, edits_in_old = [], [], [], []
    o = n = 0
    redline = effective_redline(change, renames)
    for segment in redline:
        size = len(segment.text)
        if segment.op == "equal":
            o, n = o + size, n + size
        elif segment.op == "delete":
            deleted.append((o, o + size))
            edits.append((n, n))
            edits_in_old.append((o, o + size))
            o += size
        else:
            inserted.append((n, n + size))
            edits.append((n, n + size))
            edits_in_old.append((o, o))
            n += size
    old_side = _plain_spaces("".join(s.text for s in redline if s.op != "insert"))
    new_side = _plain_spaces("".join(s.text for s in redline if s.op != "delete"))
    return Edits(
        old_side, new_side, tuple(deleted), tuple(inserted), tuple(edits), tuple(edits_in_old)
    )


def edit_places(edits: Edits) -> list[tuple[list[str], list[str]]]:
    """Return the words taken out and put in at each place a changed clause was edited,
    in order: edits that touch, or stand apart only by spaces, make one place ("or on
    the" -> ", as well as our related" is one; "and our app" written further on, another)."""
    places: list[tuple[list[str], list[str]]] = []
    end_old = end_new = -1
    for (a, b), (c, d) in zip(edits.edits_in_old, edits.edits_in_new, strict=True):
        joined = places and not edits.old[end_old:a].strip() and not edits.new[end_new:c].strip()
        if not joined:
            places.append(([], []))
        places[-1][0].extend(WORD.findall(edits.old, a, b) if b > a else ())
        places[-1][1].extend(WORD.findall(edits.new, c, d) if d > c else ())
        end_old, end_new = b, d
    return places


def removed_sentences(change: Change) -> list[str]:
    """Return the sentences (or pieces of sentences) of the text a change deletes."""
    return segment_sentences(change, "delete")


def added_sentences(change: Change) -> list[str]:
    """Return the sentences (or pieces of sentences) of the text a change inserts."""
    return segment_sentences(change, "insert")


def segment_sentences(change: Change, op: str) -> list[str]:
    """Return the sentences of a change's deleted or inserted runs that hold a word."""
    found: list[str] = []
    for segment in change.redline:
        if segment.op == op:
            found += (x.strip() for x in _SENTENCE_BREAK.split(segment.text) if WORD.search(x))
    return found


def edits_a_digit(text: str, spans: tuple[tuple[int, int], ...]) -> bool:
    """Return whether any of the edited spans of text holds a digit (most edits do not:
    a number changed is then looked for no further)."""
    return any(DIGIT.search(text, a, b) for a, b in spans)


def windows(
    spans: tuple[tuple[int, int], ...], size: int, reach: int = WINDOW
) -> list[tuple[int, int]]:
    """Return merged search windows around edited spans (searching only near edits)."""
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        lo, hi = max(0, a - reach), min(size, b + reach)
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


# a full stop only: the items of a list joined by semicolons are one sentence
FULL_STOP_END = regexcache.compile(r"(?<=[.!?])(?<!\b[A-Za-z]\.)\s+")


def sentence_start(text: str, at: int, ends: re.Pattern[str] = SENTENCE_END) -> int:
    """Return where the sentence holding position at begins (after the last sentence
    end before at, as ends finds them), reading back from at in steps rather than from
    the text's start."""
    low = at
    while low > 0:
        low = max(0, low - _SENTENCE_STEP)
        found = [match.end() for match in ends.finditer(text, low, at)]
        if found:
            return found[-1]
    return 0


def sentence_of(text: str, match: re.Match[str], ends: re.Pattern[str] = SENTENCE_END) -> str:
    """Return the sentence of text that holds match (ended by a full stop or a
    semicolon; with ends=FULL_STOP_END, by a full stop only)."""
    return sentence_around(text, match.start(), match.end(), ends)


def sentence_around(text: str, start: int, end: int, ends: re.Pattern[str] = SENTENCE_END) -> str:
    """Return the sentence of text that holds text[start:end] (see sentence_of)."""
    end_match = ends.search(text, end)
    return text[sentence_start(text, start, ends) : end_match.start() if end_match else len(text)]


def touched_sentences(
    text: str, spans: tuple[tuple[int, int], ...], ends: re.Pattern[str] = SENTENCE_END
) -> list[str]:
    """Return the sentences of text that overlap an edited span by more than spaces
    (ended as sentence_of ends them)."""
    sentences: list[str] = []
    for a, b in spans:
        # an insertion " Learn more." touches its own sentence, not the one before it
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a == b:
            continue
        start = sentence_start(text, a, ends)
        end_match = ends.search(text, b)
        stop = end_match.start() if end_match else len(text)
        sentences += ends.split(text[start:stop])
    return [x for x in sentences if WORD.search(x)]


def clauses_of(first: Clause | None, extra: tuple[Clause, ...]) -> tuple[Clause, ...]:
    """Return the clauses of one side of a change."""
    return (first, *extra) if first is not None else ()
