"""Find and parse time periods ("fifteen (15) days", "a 30-day period") in legal text.

What is recognised
------------------
* amounts: digits ("30", "3.5", "1,000"), number words up to the hundreds
  ("twelve", "twenty-four", "one hundred and eighty"), words with figures in
  parentheses either way round ("fifteen (15)", "15 (fifteen)"), "a"/"an" (1),
  "half a"/"half an" (0.5) and "X and a half".  When words and figures disagree the
  words win, as they do in contract interpretation.
* units: minute, hour, day, week, month, year (plurals, possessives such as
  "30 days' notice", hyphenated adjectives such as "30-day", and the abbreviations
  min/hr/wk/yr).  A fortnight is reported as 2 weeks.
* qualifiers between the amount and the unit: "working"/"business"/"banking" set
  ``day_type="working"``, "calendar" sets ``day_type="calendar"``,
  "consecutive"/"successive" set ``consecutive=True``; "full", "clear", "complete"
  and "whole" are accepted and ignored.
* ranges ("one to 30 days", "1 or 2 years", "1-2 years", "between 30 and 60 days"):
  the start of the range is reported too, with the unit, qualifiers and bound of the
  end.

Bound normalisation
-------------------
The words immediately before the amount win; "a period of", "the first", "an
additional" and similar fillers may sit between them and the amount.  Only when
there is no leading bound do the words after the unit count.  "over" and "under"
count only directly before the amount ("over the next 30 days" has no bound).

==================  ==========================================================
bound               written as
==================  ==========================================================
``within``          within
``at least``        at least, not/no less than, not/no fewer than, (a) minimum
                    (period) of
``no more than``    not/no more than, not/no longer than, not exceeding, not to
                    exceed, at most, (a) maximum (period) of
``up to``           up to
``approximately``   approximately, approx., about, around, roughly, circa
``more than``       more than, longer than, in excess of, exceeding, over
``less than``       less than, fewer than, shorter than, under
``no later than``   no/not later than
``no earlier than`` no/not earlier than, no/not sooner than
``for``             for, during
``after``           after; after the unit: after, following, later
``before``          before (either side of the period)
``between``         between (both ends of a range)
``every``           every, each
``in advance``      after the unit: in advance, beforehand
``prior``           after the unit: prior (to)
==================  ==========================================================

Deliberately not matched: dates and years ("12 March 2024", "2024"), ordinals
("the 1st day"), "Day One", "24/7", section numbers, vague amounts ("a few days",
"several months"), frequencies ("twice a year", "24 hours a day", "seven days a
week": neither part is a period), when a page was updated ("updated a week ago") and
ages ("13 years old", "18 years of age", "a 13-year-old", "aged 16 years", "under 18
years", and 12 to 21 years in a sentence about ages).  Known false positive: a unit
used as a noun modifier
after an article ("a day pass") is read as a one-day period.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from . import regexcache

_DAYS_PER_UNIT: dict[str, float] = {
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "month": 30.0,
    "year": 365.0,
}


@dataclass(frozen=True)
class Duration:
    """One time period found in a text, with its qualifiers and governing bound."""

    value: float
    unit: str
    text: str
    start: int
    end: int
    day_type: str | None = None
    consecutive: bool = False
    bound: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict; optional fields appear only when set."""
        out: dict[str, Any] = {
            "value": self.value,
            "unit": self.unit,
            "text": self.text,
        }
        if self.day_type is not None:
            out["day_type"] = self.day_type
        if self.consecutive:
            out["consecutive"] = True
        if self.bound is not None:
            out["bound"] = self.bound
        return out

    def approx_days(self) -> float:
        """Return the length in (approximate) calendar days, for comparison."""
        days = self.value * _DAYS_PER_UNIT[self.unit]
        if self.day_type == "working" and self.unit == "day":
            days *= 7 / 5
        return days

    def describe(self) -> str:
        """Return a short human form such as "15 days" or "3 working days"."""
        parts = [_format_number(self.value)]
        if self.consecutive:
            parts.append("consecutive")
        if self.day_type is not None:
            parts.append(self.day_type)
        parts.append(self.unit if self.value == 1 else self.unit + "s")
        return " ".join(parts)


# --- numbers -----------------------------------------------------------------

_ONES = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# German number words, with the forms "ein" takes before a unit ("einen Monat")
_GERMAN_NUMBERS = {
    "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4,
    "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
    "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16,
    "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30,
    "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80,
    "neunzig": 90, "hundert": 100,
}  # fmt: skip
_WORD_VALUES = {
    **_ONES,
    **_TEENS,
    **_TENS,
    "a": 1,
    "an": 1,
    "hundred": 100,
    **_GERMAN_NUMBERS,
}


def _alt(words: list[str] | dict[str, int]) -> str:
    # Longest first so that "seventeen" is not cut to "seven".
    return "|".join(sorted(words, key=len, reverse=True))


_SMALL = rf"(?:(?:{_alt(_TENS)})(?:[\s-](?:{_alt(_ONES)}))?|{_alt(_TEENS)}|{_alt(_ONES)})"
_NUMWORD = (
    rf"(?:(?:{_SMALL}|an?)\s+hundred(?:\s+(?:and\s+)?{_SMALL})?(?![\w])"
    rf"|{_SMALL}(?![a-z])"
    rf"|(?:{_alt(_GERMAN_NUMBERS)})(?!\w))"
)
_DIGITS = r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+(?:\.[0-9]+)?)"
_DIGITS_START = r"(?<![\w.,/:])"
_SEP = r"(?:\s*-\s*|\s+)"

_UNIT_WORDS = {
    "minute": "minute",
    "minutes": "minute",
    "min": "minute",
    "mins": "minute",
    "hour": "hour",
    "hours": "hour",
    "hr": "hour",
    "hrs": "hour",
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "wk": "week",
    "wks": "week",
    "fortnight": "fortnight",
    "fortnights": "fortnight",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
    "yr": "year",
    "yrs": "year",
    # in German; "30-tägige" is "30-day"
    "minuten": "minute",
    "stunde": "hour",
    "stunden": "hour",
    "tag": "day",
    "tage": "day",
    "tagen": "day",
    "tages": "day",
    "tägig": "day",
    "tägige": "day",
    "tägigen": "day",
    "tägiger": "day",
    "tägiges": "day",
    "werktag": "day",
    "werktage": "day",
    "werktagen": "day",
    "arbeitstag": "day",
    "arbeitstage": "day",
    "arbeitstagen": "day",
    "geschäftstag": "day",
    "geschäftstage": "day",
    "geschäftstagen": "day",
    "kalendertag": "day",
    "kalendertage": "day",
    "kalendertagen": "day",
    "woche": "week",
    "wochen": "week",
    "monat": "month",
    "monate": "month",
    "monaten": "month",
    "monats": "month",
    "kalendermonat": "month",
    "kalendermonate": "month",
    "kalendermonaten": "month",
    "jahr": "year",
    "jahre": "year",
    "jahren": "year",
    "jahres": "year",
}
# German compounds that carry the kind of day in the unit ("Werktage": working days)
_UNIT_DAY_TYPES = {
    **dict.fromkeys(["werktag", "werktage", "werktagen", "arbeitstag"], "working"),
    **dict.fromkeys(["arbeitstage", "arbeitstagen", "geschäftstag"], "working"),
    **dict.fromkeys(["geschäftstage", "geschäftstagen"], "working"),
    **dict.fromkeys(["kalendertag", "kalendertage", "kalendertagen"], "calendar"),
    **dict.fromkeys(["kalendermonat", "kalendermonate", "kalendermonaten"], "calendar"),
}
_QUALIFIERS = {
    "working": "working",
    "business": "working",
    "banking": "working",
    "calendar": "calendar",
    "consecutive": "consecutive",
    "successive": "consecutive",
    "full": None,
    "clear": None,
    "complete": None,
    "whole": None,
    # "two further months", "30 additional days": an amount added to another
    "further": None,
    "additional": None,
    "extra": None,
    "more": None,
    # in German
    "aufeinanderfolgende": "consecutive",
    "aufeinanderfolgenden": "consecutive",
    "volle": None,
    "vollen": None,
    "ganze": None,
    "ganzen": None,
}

_AMOUNT = rf"""
    (?P<half>\bhalf\s+an?)
  | \b(?P<word>{_NUMWORD})
      (?:\s*\(\s*{_DIGITS}\s*\))?
      (?P<word_half>\s+and\s+a\s+half)?
  | {_DIGITS_START}(?P<digits>{_DIGITS})
      (?:\s*\(\s*(?P<digits_word>{_NUMWORD})\s*\))?
  | \b(?P<article>an?)
"""

_DURATION_RE = regexcache.compile(
    rf"""
    (?:
        (?:{_AMOUNT})
        {_SEP}
        (?P<quals>(?:(?:{_alt(list(_QUALIFIERS))}){_SEP}){{0,3}})
        (?P<unit>{_alt(list(_UNIT_WORDS))})
      | \b(?P<bare>fortnight)
    )
    (?!-?\w)
    """,
    re.IGNORECASE | re.VERBOSE,
)

# The start of a range whose end is the duration that follows: "one to | 30 days".
_RANGE_START_RE = regexcache.compile(
    rf"""
    (?P<num>
        \b(?P<word>{_NUMWORD})(?:\s*\(\s*{_DIGITS}\s*\))?
      | {_DIGITS_START}(?P<digits>{_DIGITS})
        (?:\s*\(\s*(?P<digits_word>{_NUMWORD})\s*\))?
    )
    \s*(?:\bto\b|\bor\b|\band\b|\bthrough\b|-|–|—)\s*$
    """,
    re.IGNORECASE | re.VERBOSE,
)
_REFERENCE_BEFORE_RE = regexcache.compile(
    r"(?:\b(?:section|clause|article|paragraph|schedule|annex)s?|§)\s*$", re.IGNORECASE
)

# --- exclusions ----------------------------------------------------------------

_AGE_AFTER_RE = regexcache.compile(
    r"^['’]?s?\s*(?:olds?\b|of\s+age\b|alt\b|(?:oder|und)\s+älter\b|(?:or|and)\s+(?:older|over)\b)",
    re.IGNORECASE,
)
_AGE_BEFORE_RE = regexcache.compile(
    r"\b(?:age(?:d|\s+of)|(?:mindest)?alter\s+von)\s*$", re.IGNORECASE
)
# A number of years an age can be (a minimum age is 13 to 21 nearly everywhere) is an age
# where "under" leads it ("users identified as under 18 years") or its sentence
# speaks of ages ("eighteen (18) years is not the age of majority", "18 years of age (or
# twenty-one (21) years in places where ...)"), not a period.
_AGE_YEARS = range(12, 22)
_AGE_BOUND_BEFORE_RE = regexcache.compile(r"\b(?:under|below)\s*$", re.IGNORECASE)
_AGE_IN_SENTENCE_RE = regexcache.compile(
    r"\b(?:age\s+of\s+majority|years?\s+of\s+age|years?[- ]olds?|legal\s+age|minors?)\b",
    re.IGNORECASE,
)
_SENTENCE_END_RE = regexcache.compile(r"[.;!?](?:\s|$)")
# "once a year", "24 hours a day", "“Business Day” means a day": a frequency or a
# definition, not a period.
_ARTICLE_BEFORE_RE = regexcache.compile(
    r"""(?:\b(?:once|twice|thrice|times|per|means|each|every|same|on)
      | \b(?:minutes?|hours?|days?|weeks?|months?|years?)
      | (?<!period\ )(?<!term\ )(?<!duration\ )(?<!excess\ )(?<!minimum\ )
        (?<!maximum\ )\bof
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

# "sales above EUR 2,000 in a calendar year", "the minutes during a calendar month": the
# span over which something is counted ("within a calendar month" stays a deadline)
_TALLY_BEFORE_RE = regexcache.compile(r"\b(?:in|during|over)\s*$", re.IGNORECASE)

# "a 24-hour helpline", "24-hour customer support": a service open round the clock
_ROUND_THE_CLOCK_RE = regexcache.compile(r"24-hours?", re.IGNORECASE)
_ROUND_THE_CLOCK_AFTER_RE = regexcache.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:help\s?lines?|hotlines?|lines?|support|service|access"
    r"|monitoring|assistance|emergency|phone|reception|desk|team|care|concierge)\b",
    re.IGNORECASE,
)

# "updated over a week ago": when a page was stamped, a point in the past
_AGO_RE = regexcache.compile(r"\s+ago\b", re.IGNORECASE)
_STAMPED_BEFORE_RE = regexcache.compile(
    r"\b(updated|posted|published|edited|modified|reviewed|revised|created|written|changed)"
    r"\b[^.;]{0,20}$",
    re.IGNORECASE,
)
# "two months' rent", "one month's Rent", "a week's wages": money counted in time
_PAY_FOR_THE_TIME_RE = regexcache.compile(
    r"[’']s?\s+(?:(?:base|basic|monthly|gross)\s+)?(?:rent|wages?|salary|pay)\b", re.IGNORECASE
)

# "seven days a week", "24 hours per day", "8 hours each day": how often, not how long
_RATE_AFTER_RE = regexcache.compile(
    r"\s*(?:a|an|per|each|every|/)\s*(?:day|week|month|year|calendar\s+(?:day|week|month|year))\b",
    re.IGNORECASE,
)

# --- bounds ----------------------------------------------------------------------

_LEADING_BOUNDS: dict[str, list[str]] = {
    "no later than": ["no later than", "not later than"],
    "no earlier than": ["no earlier than", "not earlier than", "no sooner than", "not sooner than"],
    "at least": [
        "at least",
        "not less than",
        "no less than",
        "not fewer than",
        "no fewer than",
        "a minimum period of",
        "minimum period of",
        "a minimum of",
        "minimum of",
    ],
    "no more than": [
        "not more than",
        "no more than",
        "not longer than",
        "no longer than",
        "not exceeding",
        "not to exceed",
        "at most",
        "a maximum period of",
        "maximum period of",
        "a maximum of",
        "maximum of",
    ],
    "up to": ["up to"],
    "approximately": ["approximately", "approx.", "about", "around", "roughly", "circa"],
    "more than": ["more than", "longer than", "in excess of", "exceeding"],
    "less than": ["less than", "fewer than", "shorter than"],
    "within": ["within"],
    "for": ["for", "during"],
    "after": ["after"],
    "before": ["before"],
    "between": ["between"],
    "every": ["every", "each"],
}
# in German
_LEADING_BOUNDS["no later than"] += ["spätestens", "spätestens nach", "spätestens innerhalb von"]
_LEADING_BOUNDS["no earlier than"] += ["frühestens", "frühestens nach"]
_LEADING_BOUNDS["at least"] += ["mindestens", "wenigstens"]
_LEADING_BOUNDS["no more than"] += ["höchstens", "maximal"]
_LEADING_BOUNDS["up to"] += ["bis zu"]
_LEADING_BOUNDS["more than"] += ["mehr als", "länger als"]
_LEADING_BOUNDS["less than"] += ["weniger als", "kürzer als"]
_LEADING_BOUNDS["within"] += ["innerhalb", "innerhalb von", "binnen"]
_LEADING_BOUNDS["for"] += ["für", "während"]
_LEADING_BOUNDS["after"] += ["nach"]
_LEADING_BOUNDS["every"] += ["alle"]
# These read as bounds only directly before the amount: "over the next 30 days" is
# a span, not "more than".
_ADJACENT_BOUNDS = {"over": "more than", "under": "less than"}
_FILLERS = [
    "a",
    "an",
    "the",
    "period of",
    "term of",
    "duration of",
    "total of",
    "further",
    "additional",
    "extra",
    "next",
    "following",
    "first",
    "initial",
    "last",
    "past",
    "preceding",
    "subsequent",
    "remaining",
    "another",
    # in German
    "von",
    "einer frist von",
    "eines zeitraums von",
    "einen zeitraum von",
    "der",
    "die",
    "den",
    "weitere",
    "weiteren",
    "zusätzliche",
    "zusätzlichen",
    "nächsten",
    "ersten",
    "letzten",
]


def _phrase(p: str) -> str:
    return r"\s+".join(map(re.escape, p.split()))


_BOUND_CANON = {" ".join(p.split()): canon for canon, ps in _LEADING_BOUNDS.items() for p in ps}
_BOUND_ALT = "|".join(map(_phrase, sorted(_BOUND_CANON, key=len, reverse=True)))
_FILLER_ALT = "|".join(map(_phrase, sorted(_FILLERS, key=len, reverse=True)))
_LEADING_RE = regexcache.compile(
    rf"""(?<!\w)
    (?:(?P<b>{_BOUND_ALT})\s+(?:(?:{_FILLER_ALT})\s+)*
      | (?P<adj>{"|".join(_ADJACENT_BOUNDS)})\s+
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_TRAILING_RE = regexcache.compile(
    r"""^(?:['’]s?)?(?:\s+(?:written\s+)?notice)?\s+
    (?P<t>in\s+advance|beforehand|prior|before|after|following|later
      |im\s+voraus|vorher|zuvor|vor|nach|später)\b""",
    re.IGNORECASE | re.VERBOSE,
)
_TRAILING_CANON = {
    "beforehand": "in advance",
    "following": "after",
    "later": "after",
    "im voraus": "in advance",
    "vorher": "in advance",
    "zuvor": "in advance",
    "vor": "before",
    "nach": "after",
    "später": "after",
}

_WINDOW = 80


def _leading_bound(text: str, start: int) -> str | None:
    m = _LEADING_RE.search(text, max(0, start - _WINDOW), start)
    if m is None:
        return None
    if m.group("adj"):
        return _ADJACENT_BOUNDS[m.group("adj").lower()]
    return _BOUND_CANON[" ".join(m.group("b").lower().split())]


def _trailing_bound(text: str, end: int) -> str | None:
    m = _TRAILING_RE.match(text[end : end + _WINDOW])
    if m is None:
        return None
    word = " ".join(m.group("t").lower().split())
    return _TRAILING_CANON.get(word, word)


# --- parsing -------------------------------------------------------------------


def _words_value(words: str) -> float:
    tokens = [t for t in re.split(r"[\s-]+", words.lower()) if t and t != "and"]
    total = 0.0
    for tok in tokens:
        if tok == "hundred":
            total = (total or 1) * 100
        else:
            total += _WORD_VALUES[tok]
    return total


# a number in English words up to ninety-nine ("four", "twenty-one"), for other stages
NUMBER_IN_WORDS = _SMALL


def number_value(text: str) -> float:
    """Return the value of a number written in digits ("2,500") or in English words
    ("four", "twenty-one")."""
    digits = text.replace(",", "")
    return float(digits) if digits.replace(".", "", 1).isdigit() else _words_value(text)


def _clean_number(value: float) -> float:
    return int(value) if float(value).is_integer() else value


def _format_number(value: float) -> str:
    return str(_clean_number(value))


def _amount_value(m: re.Match[str]) -> float:
    g = m.groupdict()
    if g.get("half"):
        return 0.5
    if g.get("article"):
        return 1
    if g.get("word"):
        return _words_value(g["word"]) + (0.5 if g.get("word_half") else 0)
    # Written words control over figures, as in contract interpretation.
    if g.get("digits_word"):
        return _words_value(g["digits_word"])
    return float(g["digits"].replace(",", ""))


def _is_excluded(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - _WINDOW) : m.start()]
    unit = (m.group("unit") or "").lower()
    if _UNIT_WORDS.get(unit) == "year" and (
        _AGE_AFTER_RE.match(text[m.end() :])
        or _AGE_BEFORE_RE.search(before)
        or _is_an_age(text, m, before)
    ):
        return True
    if _AGO_RE.match(text, m.end()) and _STAMPED_BEFORE_RE.search(before):
        # "updated over a week ago": when a page was stamped, no period ("behaviour that
        # occurred more than 10 years ago" still sets one)
        return True
    if _PAY_FOR_THE_TIME_RE.match(text, m.end()):
        return True  # "a fee equal to two months' rent": an amount of money, no period
    if m.group("article") and "calendar" in m.group(0).lower() and _TALLY_BEFORE_RE.search(before):
        return True  # "EUR 2,000 in a calendar year": what is counted over it, no period
    if m.group("article") or m.group("bare"):
        return _ARTICLE_BEFORE_RE.search(before) is not None
    if unit in ("hour", "hours") and _ROUND_THE_CLOCK_RE.fullmatch(m.group(0)):
        # "our 24-hour claims helpline": open round the clock, no period
        return _ROUND_THE_CLOCK_AFTER_RE.match(text, m.end()) is not None
    return rate_follows(text, m.end())


def _is_an_age(text: str, m: re.Match[str], before: str) -> bool:
    """Return whether a number of years that could be an age is one, by the words
    before it or the sentence it stands in (see _AGE_YEARS)."""
    if m.group("article") or m.group("bare") or _amount_value(m) not in _AGE_YEARS:
        return False
    if _AGE_BOUND_BEFORE_RE.search(before):
        return True
    starts = [e.end() for e in _SENTENCE_END_RE.finditer(text, 0, m.start())]
    end = _SENTENCE_END_RE.search(text, m.end())
    sentence = text[starts[-1] if starts else 0 : end.start() if end else len(text)]
    return _AGE_IN_SENTENCE_RE.search(sentence) is not None


def rate_follows(text: str, end: int) -> bool:
    """Return whether the amount of time ending at text[end] is a rate ("seven days| a
    week", "10 hours| per day"): how often or how much a day, not a period."""
    return _RATE_AFTER_RE.match(text, end) is not None


def _qualifiers(quals: str) -> tuple[str | None, bool]:
    day_type: str | None = None
    consecutive = False
    for q in re.split(r"[\s-]+", quals.lower()):
        kind = _QUALIFIERS.get(q)
        if kind == "consecutive":
            consecutive = True
        elif kind is not None:
            day_type = kind
    return day_type, consecutive


def _range_start(text: str, m: re.Match[str], floor: int) -> re.Match[str] | None:
    """Return the bare number opening a range that ends with m, if there is one."""
    if m.group("bare") or m.group("article") or m.group("half"):
        return None
    r = _RANGE_START_RE.search(text, max(floor, m.start() - _WINDOW), m.start())
    if r is None or _REFERENCE_BEFORE_RE.search(text, max(0, r.start() - 20), r.start()):
        return None
    return r


def find_durations(text: str) -> list[Duration]:
    """Return every time period stated in text, in order of appearance."""
    found: list[Duration] = []
    for m in _DURATION_RE.finditer(text):
        if _is_excluded(text, m):
            continue
        value = 1.0 if m.group("bare") else _amount_value(m)
        unit = _UNIT_WORDS[(m.group("unit") or "fortnight").lower()]
        scale = 2 if unit == "fortnight" else 1
        if unit == "fortnight":
            unit = "week"
        day_type, consecutive = _qualifiers(m.group("quals") or "")
        day_type = _UNIT_DAY_TYPES.get((m.group("unit") or "").lower(), day_type)
        r = _range_start(text, m, found[-1].end if found else 0)
        bound = _leading_bound(text, r.start() if r else m.start()) or _trailing_bound(
            text, m.end()
        )
        spans = [(_amount_value(r), r.start(), r.end("num"))] if r else []
        spans.append((value, m.start(), m.end()))
        for amount, start, end in spans:
            found.append(
                Duration(
                    value=_clean_number(amount * scale),
                    unit=unit,
                    text=text[start:end],
                    start=start,
                    end=end,
                    day_type=day_type,
                    consecutive=consecutive,
                    bound=bound,
                )
            )
    return found


# --- comparison ----------------------------------------------------------------


def compare_durations(old: Duration, new: Duration) -> str:
    """Return "shortened", "lengthened" or "unchanged" (a change of day_type counts)."""
    if {old.unit, new.unit} <= {"month", "year"} and old.day_type == new.day_type:
        # calendar arithmetic: twelve months is a year, not 360 days against 365
        a = old.value * (12 if old.unit == "year" else 1)
        b = new.value * (12 if new.unit == "year" else 1)
    else:
        a, b = old.approx_days(), new.approx_days()
    if math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9):
        return "unchanged"
    return "shortened" if b < a else "lengthened"


def _plain(d: Duration) -> str:
    # The original words read best ("one month") unless they carry figures in
    # parentheses or are an adjective ("30-day"); then use the normalised form.
    if "(" in d.text or re.search(r"-[^\W\d_]+$", d.text):
        return d.describe()
    return " ".join(d.text.split())


def describe_change(old: Duration, new: Duration) -> str:
    """Return plain words for the change, e.g. "shortened from one month to 15 days"."""
    verdict = compare_durations(old, new)
    if verdict == "unchanged":
        if old.describe() == new.describe():
            return f"unchanged at {new.describe()}"
        return f"reworded from {_plain(old)} to {_plain(new)} (same length)"
    return f"{verdict} from {_plain(old)} to {_plain(new)}"
