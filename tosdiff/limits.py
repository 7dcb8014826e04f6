"""Limits on what a user may do: "more than 2 accounts", "Transfers exceeding £2,000".

When an edit changes the number of a limit that the old and the new text state with the
same bound, the user may now do more (loosened) or less (tightened): "no more than 2" ->
"no more than 5" loosens, "at least 8 characters" -> "at least 12" tightens. Time periods
("more than 30 days") are left to tosdiff.durations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .edits import Edits, edits_a_digit, windows
from .model import Evidence
from .ruleset import Rule

_LIMIT = re.compile(
    r"\b(?P<bound>no more than|not more than|more than|fewer than|less than|up to|at most|"
    r"a maximum of|maximum of|exceeding|in excess of|no fewer than|no less than|at least|"
    r"a minimum of|minimum of)\s+(?P<amount>[£$€]?\s?\d[\d,]*(?:\.\d+)?)(?P<after>\s*[\w%]+)?",
    re.I,
)
# bounds above which the user may not go; the others are floors the user must reach
_CEILINGS = {
    "no more than", "not more than", "more than", "fewer than", "less than", "up to",
    "at most", "maximum of", "exceeding", "in excess of",
}  # fmt: skip
# a limit in time is a period (see tosdiff.durations)
_TIME_WORDS = re.compile(
    r"\s*(minutes?|hours?|days?|weeks?|fortnights?|months?|years?|business|working|calendar)$",
    re.I,
)


_AGE = re.compile(r"\s+(old|of age)\b", re.I)


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
            # years old", "a minimum of 18 years of age"
            and not _AGE.match(text, match.end())
        ):
            continue
        number = re.sub(r"[^\d.]", "", match.group("amount"))
        try:
            value = float(number)
        except ValueError:
            continue
        bound = " ".join(match.group("bound").lower().split()).removeprefix("a ")
        found.append(Limit(bound, value, match.group(0).strip(), match.start(), match.end()))
    return found


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
