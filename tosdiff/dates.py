"""Find the date an agreement states for itself: "Effective Date: ...", "Last updated ...";
and tell a line that only dates the agreement (is_date_line), which alignment pairs
across versions and classification reads as a date change.

Recognised labels: "Effective Date:", "Effective as of", "Effective", "These terms take
effect on", "Last updated", "Last modified", "Last revised", "Updated"; the date is
written with a month name ("March 12, 2024", "12 March 2024", "Jul 24, 2023") or in ISO
form ("2024-03-12") and parsed with dateutil. An effective date is preferred to a
"last updated" date; within a kind, the first one in reading order wins.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Literal

from dateutil import parser as date_parser

from . import regexcache
from .errors import ConfigError
from .model import Document
from .words import WORD

DateKind = Literal["effective", "updated"]

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
DATE_PATTERN = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}"
    r"|\d{4}/\d{2}/\d{2})"
)
_LABELS: tuple[tuple[DateKind, str], ...] = (
    (
        "effective",
        r"\beffective(?:\s+date)?(?:\s+(?:as\s+of|on|from))?\s*[:\-–—]?\s*"
        r"|\b(?:take|takes|took|come|comes)\s+(?:into\s+)?effect\s+(?:on|as\s+of|from)\s+"
        r"|\bin\s+effect\s+(?:as\s+of|from|since)\s+",
    ),
    (
        "updated",
        r"\b(?:last\s+)?(?:updated|modified|revised|amended)(?:\s+(?:on|as\s+of))?\s*[:\-–—]?\s*",
    ),
)
_PATTERNS = tuple(
    (kind, regexcache.compile(rf"(?:{label})[*_\s]*(?P<date>{DATE_PATTERN})", re.IGNORECASE))
    for kind, label in _LABELS
)
_HEAD_CHARS = 3000  # a date in the preamble may sit outside any clause

# a date as written in a line of the agreement, for comparing lines rather than parsing
SHORT_DATE = regexcache.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)? (?:of )?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.? (?:\d{1,2}(?:st|nd|rd|th)?,? )?\d{4}\b|\b\d{4}-\d{2}-\d{2}\b",
    re.I,
)


@dataclass(frozen=True)
class StatedDate:
    """A date an agreement states for itself, with the words and clause it comes from."""

    date: datetime.date
    text: str
    clause: str | None
    kind: DateKind

    def to_dict(self) -> dict[str, str | None]:
        """Return the JSON form, the date as YYYY-MM-DD."""
        return {
            "date": self.date.isoformat(),
            "text": self.text,
            "clause": self.clause,
            "kind": self.kind,
        }


def parse_date(text: str) -> datetime.date | None:
    """Return the date written in text ("March 12, 2024", "2024-03-12"), or None."""
    cleaned = re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", text.strip(" .,*_"), flags=re.I)
    cleaned = re.sub(r"\bof\b", " ", cleaned, flags=re.I)
    try:
        return date_parser.parse(cleaned, fuzzy=False, dayfirst=False).date()
    except (ValueError, OverflowError):
        return None


def find_dates(text: str, clause: str | None = None) -> list[StatedDate]:
    """Return every labelled date in text, in reading order."""
    found: list[tuple[int, StatedDate]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            parsed = parse_date(match.group("date"))
            if parsed is not None:
                words = " ".join(match.group(0).replace("*", "").split())
                found.append((match.start(), StatedDate(parsed, words, clause, kind)))
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]


def find_stated_date(doc: Document) -> StatedDate | None:
    """Return the effective (else "last updated") date an agreement states, or None."""
    candidates: list[StatedDate] = []
    for clause in doc.clauses:
        candidates.extend(find_dates(clause.text, clause.number))
    if not candidates:
        candidates = find_dates(doc.source.text[:_HEAD_CHARS])
    for kind in ("effective", "updated"):
        for candidate in candidates:
            if candidate.kind == kind:
                return candidate
    return None


def parse_option_date(value: str | None, option: str) -> datetime.date | None:
    """Return a YYYY-MM-DD option value as a date (None stays None), or raise ConfigError."""
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"{option} {value}: not a date (use YYYY-MM-DD)") from None


def is_date_line(text: str) -> bool:
    """Return whether every line of text states when the agreement takes effect or was
    last changed ("Effective Date outside EEA & UK: March 13, 2024")."""
    lines = [line for line in text.splitlines() if WORD.search(line)]
    return bool(lines) and all(date_line_opening(line) is not None for line in lines)


def date_line_opening(line: str) -> str | None:
    """Return the opening words of a date line, lower-cased ("effective", "last updated"),
    or None if line is not one. A date line is its opening words, a date, and at most a
    few words of where it applies ("outside EEA & UK"), no duty or permission."""
    start = _DATE_LINE_START.match(line)
    date = (SHORT_DATE.search(line) or _NUMERIC_DATE.search(line)) if start is not None else None
    if start is None or date is None:
        return None
    # a second date of the same line ("Effective as of August 20, 2024 | Posted: June 20,
    # 2024") is no word of where the first applies
    after = _NUMERIC_DATE.sub(" ", SHORT_DATE.sub(" ", line[date.end() :]))
    rest = WORD.findall(line[start.end() : date.start()] + " " + after)
    if len(rest) > _DATE_LINE_REST or any(w.lower() in _ORDER_WORDS for w in rest):
        return None
    return " ".join(start.group(1).lower().split())


_ORDER_WORDS = {"not", "no", "never", "may", "must", "shall", "will", "can", "cannot"}
# a date written in numbers ("07/25/2025", "25.07.2025"): which is the month, a date line
# need not tell
_NUMERIC_DATE = regexcache.compile(r"\b\d{1,2}[./]\d{1,2}[./]\d{4}\b")
_DATE_LINE_REST = 5  # words besides the opening and the date: "Date outside EEA & UK"

_DATE_LINE_START = regexcache.compile(
    # a clause number may come first ("1.1 Effective date: January 1, 2024"), and
    # Markdown marks after it ("1.1 > **Last Update:** March 27, 2026")
    r"\W*(?:\d+(?:\.\d+)*\.?\s+)?\W*"
    r"(effective|last\s+(updated?|revised|modified|review(ed)?|changed)|updated|revised|reviewed|"
    r"version|"
    r"(date\s+of\s+)?(last|latest)\s+revision|revision\s+date|"
    r"dated|posted|published|gültig|stand|zuletzt)\b",
    re.I,
)
