"""Limits on what a user may do: "more than 2 accounts", "Transfers exceeding £2,000".

When an edit changes the number of a limit that the old and the new text state with the
same bound, the user may now do more (loosened) or less (tightened): "no more than 2" ->
"no more than 5" loosens, "at least 8 characters" -> "at least 12" tightens. Time periods
("more than 30 days") are left to tosdiff.durations, but not time per day or week ("no
more than 10 hours per day").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import regexcache
from .durations import rate_follows
from .edits import Edits, edits_a_digit, windows
from .model import Evidence
from .ruleset import Rule

_LIMIT = regexcache.compile(
    r"\b(?P<bound>no more than|not more than|more than|fewer than|less than|up to|at most|"
    r"a maximum of|maximum of|exceeding|in excess of|(?:must|may|shall|should|will|can) not "
    r"exceed|cannot exceed|no fewer than|no less than|at least|a minimum of|minimum of)\s+"
    r"(?P<amount>[£$€]?\s?\d[\d,]*(?:\.\d+)?)(?P<after>\s*[\w%]+)?",
    re.I,
)
# bounds above which the user may not go; the others are floors the user must reach
_CEILINGS = {
    "no more than", "not more than", "more than", "fewer than", "less than", "up to",
    "at most", "maximum of", "exceeding", "in excess of", "not exceed",
}  # fmt: skip
# a limit in time is a period (see tosdiff.durations)
_TIME_WORDS = regexcache.compile(
    r"\s*(minutes?|hours?|days?|weeks?|fortnights?|months?|years?|business|working|calendar)$",
    re.I,
)


_AGE = regexcache.compile(r"\s+(old|of age)\b", re.I)
# an age below which no one may use a service ("No one under 13 is allowed to use the
# Services", "children under the age of 16"): a floor the user must reach
_UNDER_AGE = regexcache.compile(
    r"\b(?:no one|nobody|anyone|children|kids|users|persons|people|individuals|minors)\s+"
    r"(?P<bound>under(?:\s+the\s+age\s+of)?)\s+(?P<amount>\d{1,2})\b"
    r"(?!\s*(?:%|percent|minutes?|hours?|days?|weeks?|months?)\b)",
    re.I,
)

# an age the user must have reached, written after the number ("you are 16 years or
# older", "18 years of age or over"): a floor
_OR_OLDER = regexcache.compile(
    r"\b(?P<amount>\d{1,2})\s+years?(?:\s+(?:old|of\s+age))?\s+(?:or|and)\s+(?:older|over|above)\b",
    re.I,
)


@dataclass(frozen=True)
class Limit:
    """A number a user may not exceed (a ceiling) or must reach (a floor)."""

    bound: str  # "more than", lower case
    value: float
    text: str  # as written: "more than 2 accounts"
    start: int
    end: int

    @property
    def ceiling(self) -> bool:
        """Whether the user may not go above the number (else must reach it)."""
        return self.bound in _CEILINGS


def find_limits(text: str) -> list[Limit]:
    """Return the limits stated in text that are not time periods."""
    found = []
    for match in _LIMIT.finditer(text):
        if (
            match.group("after")
            and _TIME_WORDS.match(match.group("after"))
            # an age is a limit on who may use a service, not a period: "at least 16
            # years old", "a minimum of 18 years of age"; so is time per day ("no more
            # than 10 hours per day")
            and not _AGE.match(text, match.end())
            and not rate_follows(text, match.end())
        ):
            continue
        number = re.sub(r"[^\d.]", "", match.group("amount"))
        try:
            value = float(number)
        except ValueError:
            continue
        bound = " ".join(match.group("bound").lower().split()).removeprefix("a ")
        if bound.endswith("exceed"):  # "must not exceed 10 kg": a ceiling, whatever the modal
            bound = "not exceed"
        found.append(Limit(bound, value, match.group(0).strip(), match.start(), match.end()))
    for match in _UNDER_AGE.finditer(text):
        start = match.start("bound")
        text_of = text[start : match.end()]
        found.append(Limit("under", float(match.group("amount")), text_of, start, match.end()))
    for match in _OR_OLDER.finditer(text):
        found.append(Limit("at least", float(match.group("amount")), match.group(0), *match.span()))
    return sorted(found, key=lambda limit: limit.start)


def limit_changes(edits: Edits) -> list[tuple[Limit, Limit]]:
    """Return the (old, new) limits whose number an edit changed under the same bound."""

    # the number itself must be edited on both sides: most edits hold no digit at all
    if not edits_a_digit(edits.old, edits.deleted) or not edits_a_digit(edits.new, edits.inserted):
        return []

    def touched(text: str, spans: tuple[tuple[int, int], ...]) -> list[Limit]:
        found = []
        for a, b in windows(spans, len(text), _REACH):
            for limit in find_limits(text[a:b]):
                start, end = limit.start + a, limit.end + a
                if any(max(start, x) < min(end, y) for x, y in spans):
                    found.append(replace(limit, start=start, end=end))
        return found

    old = touched(edits.old, edits.deleted)
    new = touched(edits.new, edits.inserted)
    return [
        (before, after)
        for before, after in zip(old, new, strict=False)
        if before.bound == after.bound and before.value != after.value
    ]


_REACH = 40  # characters around an edited number where its bound ("no more than") is written


def limit_evidence(rule: Rule, edits: Edits, tightened: bool) -> list[Evidence]:
    """Return evidence for the limits an edit tightened (or, when tightened is False,
    loosened) for the user."""
    found = []
    for before, after in limit_changes(edits):
        user_may_do_more = (after.value > before.value) == before.ceiling
        if user_may_do_more != tightened:
            found.append(
                Evidence(
                    rule.kind,
                    rule.id,
                    "both",
                    f"{before.text} → {after.text}",
                    f"{rule.explain or 'A limit on the user changed'} "
                    f"({before.text} → {after.text})",
                )
            )
    return found


# --- a count replaced ------------------------------------------------------------------

_NUMERAL = regexcache.compile(
    r"[$€£]?\d[\d,]*(\.\d+)?%?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty"
    r"|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million",
    re.I,
)
_NUMERAL_WORDS = regexcache.compile(r"[$€£]?[\w.,%]+")
# what is counted follows the number: "up to 5 different devices", "twenty-five (25) or
# more claimants"
_COUNTED = regexcache.compile(
    r"\)?[\s-]*(?:\(\d[\d,]*\)\s*)?(?:or (?:more|fewer|less)\s+)?"
    r"(?:(?:different|additional|separate|individual|other|more|fewer|extra)\s+)?(?P<noun>[a-z]+)",
    re.I,
)
# a number that names a place in a text, a building or a line, not a count
_REFERENCE_BEFORE = regexcache.compile(
    r"(\b(sections?|articles?|clauses?|paragraphs?|parts?|chapters?|schedules?|annex|appendix"
    r"|exhibits?|items?|steps?|pages?|versions?|v|suite|unit|floor|room|box|no|nos|number"
    r"|tables?|figures?|form|level|route|building|tel|phone|fax|ext)\.?|§|#)\s*\(?$",
    re.I,
)
_PART_BEFORE = regexcache.compile(r"\d[.,]$")
_PART_AFTER = regexcache.compile(r"[.,]\d")
_DIGITS_BEFORE = regexcache.compile(r"\d[\s-]?$")
_UNITS_OF_TENS = regexcache.compile(r"-(one|two|three|four|five|six|seven|eight|nine)\b", re.I)
# a percentage, written with its sign or in words, the figure in brackets after it or not
_PERCENT_AFTER = regexcache.compile(r"\s*(%|per ?cent\b|percent\b)", re.I)
_DIGITS_AFTER = regexcache.compile(r"[\s-]?\d")
_STREET_AFTER = regexcache.compile(
    r"\W*\w+\s+(street|st|road|rd|avenue|ave|drive|dr|lane|ln|way|boulevard|blvd|place|pl"
    r"|square|sq|court|ct|parkway|plaza|strasse|straße)\b",
    re.I,
)
_NOT_COUNTED = regexcache.compile(
    r"(minutes?|hours?|days?|weeks?|fortnights?|months?|years?|business|working|calendar"
    r"|january|february|march|april|may|june|july|august|september|october|november"
    r"|december|st|nd|rd|th|am|pm)",
    re.I,
)


def count_replaced(edits: Edits) -> bool:
    """Return whether every edit of a changed clause puts one number of things for
    another ("on up to 5 devices" -> "on up to 3 devices", "twenty-five (25) or more
    claimants" -> "ten (10)"), not a reference, a year, an address or a period."""
    if not edits.deleted or not edits.inserted:
        return False
    return all(
        _counts(text, a, b)
        for text, spans in ((edits.old, edits.deleted), (edits.new, edits.inserted))
        for a, b in spans
    )


def _counts(text: str, start: int, end: int) -> bool:
    """Return whether text[start:end] is only the number of something counted."""
    words = _NUMERAL_WORDS.findall(text, start, end)
    if not words or not all(_NUMERAL.fullmatch(w.rstrip(".,")) for w in words):
        return False
    if any(len(w) == 4 and w.isdigit() and w[:2] in ("19", "20") for w in words):
        return False  # a year
    before, after = text[max(0, start - 24) : start], text[end : end + 40]
    if _PART_BEFORE.search(before) or _PART_AFTER.match(after):
        return False  # part of a number the diff split: "7.4", "1,000"
    if _REFERENCE_BEFORE.search(before) or _DIGITS_BEFORE.search(before):
        return False  # a reference, or a phone number in groups ("555 1234")
    if _DIGITS_AFTER.match(after):
        return False
    if _STREET_AFTER.match(after):
        return False  # a house number: "12 Main Street"
    if (unit := _UNITS_OF_TENS.match(after)) is not None:
        after = after[unit.end() :]  # "fifty" of "fifty-five percent (55%)"
    if _PERCENT_AFTER.match(after):
        return True  # a share or a rate: "receives 37% of the net amount"
    counted = _COUNTED.match(after)
    if counted is not None and rate_follows(after, counted.end()):
        return True  # hours a day, days a week: an allowance counted in time
    if counted is not None and _AGE.match(after, counted.end()):
        return True  # an age ("under 13 years of age"), not a period
    return counted is not None and not _NOT_COUNTED.fullmatch(counted.group("noun"))
