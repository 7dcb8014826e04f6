"""Evidence about time periods: the periods an edit adds, removes or changes, what
each is called ("Advance notice"), and which kinds the sentence it governs carries."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice
from typing import Any

from . import regexcache
from .durations import Duration, compare_durations, describe_change, find_durations
from .duties import forbids
from .edits import (
    FULL_STOP_END,
    Edits,
    sentence_around,
    sentence_of,
    sentence_start,
    touched_sentences,
    windows,
)
from .model import Evidence
from .ruleset import Rule, RuleSet

_UNITS = ("minute", "hour", "day", "week", "fortnight", "month", "year") + (
    ("stunde", "tag", "tägig", "woche", "monat", "jahr")  # in German
)


# a period that sizes an amount: "the fees you paid in the twelve (12) months
# preceding the claim", "three months' fees", "12 months of fees"
_AMOUNT_OVER_BEFORE = regexcache.compile(
    r"\b(paid|payable|spent|charged|billed|received|fees|amounts?|sums?)\b[^.;:]{0,60}"
    r"\b(in|during|over|for)\s+(the\s+)?((immediately\s+)?(preceding|prior|previous|last|past)\s+)?$",
    re.IGNORECASE,
)
_AMOUNT_AFTER = regexcache.compile(
    r"\s*(['’]s?\s+|\s+of\s+)(the\s+)?([\w-]+\s+){0,2}?(fees|charges|payments|subscription|amounts?)\b",
    re.IGNORECASE,
)
# a period counted back from a claim ("in the 6 months immediately preceding the date of
# the most recent claim", "within twelve (12) months prior to when the alleged liability
# arose"), however far before it the amount is named
_BEFORE_A_CLAIM = regexcache.compile(
    r"\s+(immediately\s+)?(preceding|prior\s+to|before)\s+(the\s+)?(date|claim|event|incident"
    r"|act|cause|first|most\s+recent|when\s+(the\s+)?(alleged\s+)?(liability|claim|cause))\b",
    re.IGNORECASE,
)
_CAP_SUBSTRINGS = ("liab", "damages", "exceed", "aggregate")
_CAP_WORDS = regexcache.compile(
    r"\b(liabilit\w*|liable|damages|exceed\w*|aggregate|cap(ped)?)\b", re.IGNORECASE
)


def _sizes_a_cap(text: str, period: Duration) -> bool:
    """Return whether a period measures the amount a liability cap is worth (the fees of
    the months before a claim): the cap's measure, not a deadline or notice."""
    before = text[max(0, period.start - 100) : period.start]
    if not (
        _AMOUNT_OVER_BEFORE.search(before)
        or _AMOUNT_AFTER.match(text, period.end)
        or _BEFORE_A_CLAIM.match(text, period.end)
    ):
        return False
    return _CAP_WORDS.search(sentence_around(text, period.start, period.end)) is not None


def _periods_near(
    text: str, spans: tuple[tuple[int, int], ...], sizing_a_cap: bool = False
) -> list[Duration]:
    """Return the periods stated in the windows of text around its edited spans, but for
    those that size a liability cap (only those with sizing_a_cap)."""
    found: list[Duration] = []
    for a, b in windows(spans, len(text)):
        window = text[a:b]
        lowered = window.lower()
        if not any(unit in lowered for unit in _UNITS):
            continue
        for period in find_durations(window):
            period = replace(period, start=period.start + a, end=period.end + a)
            if _sizes_a_cap(text, period) == sizing_a_cap:
                found.append(period)
    return found


def cap_measure_evidence(rule: Rule, edits: Edits) -> list[Evidence]:
    """Return evidence for each period sizing a liability cap that a change edits ("the
    fees of the 12 months before the claim" -> "of the 3 months")."""
    lowered = edits.new.lower()
    if not any(word in lowered for word in _CAP_SUBSTRINGS):
        return []  # most changes are about no cap: a substring test is cheaper than periods
    old = _periods_near(edits.old, edits.deleted, sizing_a_cap=True)
    new = _periods_near(edits.new, edits.inserted, sizing_a_cap=True)
    return [
        Evidence(
            rule.kind,
            rule.id,
            "both",
            f"{a.text} → {b.text}",
            f"The fees a liability cap is worth: {describe_change(a, b)}",
            a.to_dict(),
            b.to_dict(),
        )
        for a, b in zip(old, new, strict=False)
        if compare_durations(a, b) != "unchanged"
    ]


def period_evidence(rule: Rule, edits: Edits) -> list[Evidence]:
    """Return evidence for periods added, removed or changed by a change."""
    old_periods = _periods_near(edits.old, edits.deleted)
    new_periods = _periods_near(edits.new, edits.inserted)

    def touched(periods: list[Duration], spans: tuple[tuple[int, int], ...]) -> list[Duration]:
        return [d for d in periods if any(max(d.start, a) < min(d.end, b) for a, b in spans)]

    old_touched = touched(old_periods, edits.deleted)
    new_touched = touched(new_periods, edits.inserted)
    # "immediately" where the other side has a period is a period of none; a word only
    # put into a period ("2 days" -> "2 business days") leaves the period it was put in
    if old_touched and not new_touched:
        new_touched = _at_once(edits.new, edits.inserted, old_touched[0]) or _entered(
            edits.new, edits.edits_in_new
        )
    elif new_touched and not old_touched:
        old_touched = _at_once(edits.old, edits.deleted, new_touched[0]) or _entered(
            edits.old, edits.edits_in_old
        )
    evidence = []
    for old_d, new_d in zip(old_touched, new_touched, strict=False):
        verdict = compare_durations(old_d, new_d)
        evidence.append(
            Evidence(
                rule.kind,
                rule.id,
                "both",
                f"{old_d.text} → {new_d.text}",
                f"Time period {describe_change(old_d, new_d)}",
                old_d.to_dict(),
                new_d.to_dict(),
            )
        )
        if verdict == "unchanged":
            evidence.pop()
    if not evidence and not old_touched and not new_touched:
        evidence += _bounds_reversed(rule, edits, old_periods, new_periods)

    def count(d: Duration, periods: list[Duration]) -> int:
        return sum(compare_durations(d, other) == "unchanged" for other in periods)

    def same(d: Duration, mine: list[Duration], others: list[Duration]) -> bool:
        # the period stands as often on the other side: written another way, or still
        # there ("fourteen days" -> "fourteen (14) days"); once more is a new period
        return count(d, others) >= count(d, mine)

    removed, added = old_touched[len(new_touched) :], new_touched[len(old_touched) :]
    # most edits add or remove no period: the texts are read for all theirs only if so
    old_all = find_durations(edits.old) if removed or added else []
    new_all = find_durations(edits.new) if removed or added else []
    for old_d in removed:
        if same(old_d, old_all, new_all):  # the same period still stands
            continue
        evidence.append(
            Evidence(
                rule.kind,
                rule.id,
                "deleted",
                old_d.text,
                f"Time period of {old_d.describe()} removed",
                old_d.to_dict(),
                None,
            )
        )
    for new_d in added:
        if same(new_d, new_all, old_all):  # "fourteen days" -> "fourteen (14) days"
            continue
        evidence.append(
            Evidence(
                rule.kind,
                rule.id,
                "inserted",
                new_d.text,
                f"New time period of {new_d.describe()}",
                None,
                new_d.to_dict(),
            )
        )
    return evidence


# a least and a most: "at least 15 days' notice" and "up to 15 days' notice" are not
# the same notice, however long the period
_AT_LEAST = frozenset({"at least", "no earlier than", "more than"})
_AT_MOST = frozenset({"no later than", "no more than", "up to", "less than", "within"})
_ESTIMATE = "approximately"  # a length promised as no more than a guess
_BOUND_REACH = 25  # characters before a period where its bound is written


def compare_bounds(old: str | None, new: str | None) -> str:
    """Return "shortened" when a period's bound turned from a least into a most ("at
    least 15 days" -> "up to 15 days") or into an estimate ("approximately 30 days"),
    "lengthened" the other way, else "unchanged"."""
    if old in _AT_LEAST and (new in _AT_MOST or new == _ESTIMATE):
        return "shortened"
    if (old in _AT_MOST or old == _ESTIMATE) and new in _AT_LEAST:
        return "lengthened"
    return "unchanged"


def _bounds_reversed(
    rule: Rule, edits: Edits, old_periods: list[Duration], new_periods: list[Duration]
) -> list[Evidence]:
    """Return evidence for a period of the same length whose bound an edit turned from
    a least into a most, or back ("at least 15 days" -> "up to 15 days")."""

    def bound_edited(d: Duration, spans: tuple[tuple[int, int], ...]) -> bool:
        return any(max(d.start - _BOUND_REACH, a) < min(d.start, b) for a, b in spans)

    return [
        Evidence(
            rule.kind,
            rule.id,
            "both",
            f"{old_d.bound} {old_d.text} → {new_d.bound} {new_d.text}",
            f"Time period changed from {old_d.bound} {_plain_text(old_d)} to {new_d.bound} "
            f"{_plain_text(new_d)}",
            old_d.to_dict(),
            new_d.to_dict(),
        )
        for old_d, new_d in zip(old_periods, new_periods, strict=False)
        if compare_durations(old_d, new_d) == "unchanged"
        and compare_bounds(old_d.bound, new_d.bound) != "unchanged"
        and bound_edited(old_d, edits.deleted)
        and bound_edited(new_d, edits.inserted)
    ]


def _plain_text(d: Duration) -> str:
    return " ".join(d.text.split())


_AT_ONCE = regexcache.compile(
    r"\b(immediately|forthwith|at once|straight away|right away)\b",
    re.IGNORECASE,
)


def _entered(text: str, spans: tuple[tuple[int, int], ...]) -> list[Duration]:
    """Return the periods of text an edit falls strictly inside of: the places of the
    other side's edits in this text ("2 [business] days")."""
    return [
        d
        for d in _periods_near(text, spans)
        if any(d.start < a < d.end or d.start < b < d.end for a, b in spans)
    ]


def _at_once(text: str, spans: tuple[tuple[int, int], ...], like: Duration) -> list[Duration]:
    """Return "immediately" (or "without delay") written in an edited span of text as a
    period of no time, in the unit of the period it replaces ("immediately" -> "within
    72 hours" lengthens the time to act), or an empty list."""
    for a, b in spans:
        match = _AT_ONCE.search(text, a, b)
        if match is not None:
            return [Duration(0, like.unit, match.group(0), match.start(), match.end())]
    return []


def periods_unchanged(edits: Edits) -> bool:
    """Return whether the edits leave the periods around them as they were: the same
    periods (value, unit, kind of day) stand near the edits on both sides, and some do."""
    # (a pure deletion is located in the new text as an empty span, and so on)
    old = _periods_near(edits.old, edits.deleted or edits.edits_in_old)
    new = _periods_near(edits.new, edits.inserted or edits.edits_in_new)
    if not old or len(old) != len(new):
        return False
    unmatched = list(new)
    for period in old:
        twin = next((d for d in unmatched if compare_durations(period, d) == "unchanged"), None)
        if twin is None:
            return False
        unmatched.remove(twin)
    return True


def name_period(item: Evidence, rules: RuleSet, edits: Edits) -> Evidence:
    """Return period evidence with its explanation naming the period ("Advance notice
    shortened from one month to 15 days"), from the words of the sentence that holds it."""
    if not item.explanation.startswith(("Time period", "New time period")):
        return item
    period = item.new or item.old or {}
    text, found = (edits.new, item.new) if item.new else (edits.old, item.old)
    at = text.find(str(period.get("text", ""))) if found else -1
    if at < 0:
        return item
    sentence = sentence_around(text, at, at)
    name = next((name for name, p in rules.period_names if p.search(sentence)), None)
    if name is None and period.get("bound") in ("within", "no later than"):
        name = "Deadline"
    if name is None:
        return item
    explanation = item.explanation.replace("New time period", f"New {name.lower()}", 1)
    explanation = explanation.replace("Time period", name, 1)
    return replace(item, explanation=explanation)


_NOT_GOVERNED = ("notice-period", "editorial", "other", "obligation-relaxed")


def _sentences_referred_to(edits: Edits) -> list[str]:
    """Return the sentence before each edited sentence that points back to it ("...
    binding arbitration ... You may opt out of this requirement within 30 days"): what
    "this requirement" is, is said there."""
    found = []
    for text, spans in ((edits.new, edits.inserted), (edits.old, edits.deleted)):
        for a, _ in spans:
            start = sentence_start(text, a + 1)
            if start > 0 and _REFERS_BACK.search(text, start, start + _REFERENCE_REACH):
                found.append(text[sentence_start(text, start - 1) : start])
    return found


def _list_lead_ins(edits: Edits) -> list[str]:
    """Return the lead-in of each list written in a sentence whose item an edit touches
    ("We may suspend your account if: (a) ...; (c) you have not signed in for two
    years"): the item's period is a ground for what the lead-in says."""
    found = []
    for text, spans in ((edits.new, edits.inserted), (edits.old, edits.deleted)):
        for a, _ in spans:
            start = sentence_start(text, a + 1, FULL_STOP_END)
            colon = text.find(":", start, a)
            if colon != -1 and sentence_start(text, a + 1) > colon:
                found.append(text[start : colon + 1])
    return found


_REFERS_BACK = regexcache.compile(
    r"\bth(is|ese) (requirements?|provisions?|sections?|paragraphs?|clauses?|process)\b", re.I
)
_REFERENCE_REACH = 200  # characters of a sentence read for "this requirement"


GOVERNS_RULE = "period.governs"  # the rule id of the kinds a changed period governs


def what_the_period_governs(
    evidence: list[Evidence], rules: RuleSet, edits: Edits, setting: str = ""
) -> list[Evidence]:
    """Return evidence for the kinds of the sentences whose period changed.

    "Accounts unpaid for 30 days are suspended" -> "for 15 days": the period governs a
    suspension for non-payment, so the change is also about termination and fees.
    setting is the clause's heading and the lead-in it continues, if any: under "How
    long we keep your personal data", a period is how long personal data is kept.
    """
    touched = touched_sentences(edits.new, edits.inserted) + touched_sentences(
        edits.old, edits.deleted
    )
    around = _sentences_referred_to(edits) + _list_lead_ins(edits)
    text = "\n".join(touched + around)
    # a duty is governed by a period in its own sentence ("you must tell us within 7
    # days"): another sentence the edits touch ("... should not be sold in these
    # countries") lays no duty that the period times
    said = [
        str(side["text"]) for e in evidence for side in (e.old, e.new) if side and side.get("text")
    ]
    holding = [sentence for sentence in touched if any(words in sentence for words in said)]
    duty_text = "\n".join(holding + around) if holding else text
    context = f"{edits.old}\n{edits.new}"
    have = {e.kind for e in evidence}
    periods = [e for e in evidence if e.old is not None and e.new is not None]
    compared = {
        compare_durations(as_duration(e.old), as_duration(e.new))  # type: ignore[arg-type]
        for e in periods
    }
    # a ban that runs for the period ("For 24 months ..., you agree not to ...") is
    # relaxed when the period is shortened, as a duty is when it gets more time
    runs_for = bool(periods) and all(
        e.old.get("bound") == "for" and e.new.get("bound") == "for"  # type: ignore[union-attr]
        for e in periods
    )
    # but a duty to act some time before an event, or to keep doing something for a
    # time, gets stricter as the period grows ("at least 14 days before departure")
    lasting = bool(periods) and all(_lasting_or_ahead(e.new, edits.new) for e in periods)  # type: ignore[arg-type]
    found = []
    for rule in rules.all_rules:
        if rule.kind in have or rule.kind in _NOT_GOVERNED or rule.secondary or not rule.patterns:
            continue
        if rule.kind in _DUTIES and have & _DUTIES:
            continue  # the duty the period belongs to is weighed already (a ban narrowed)
        # the first words of the rule that do not name the event the period runs from
        read = duty_text if rule.kind in _DUTIES else text
        match = next(
            (
                m
                for p in rule.patterns
                for m in p.finditer(read)
                if not _after_an_event(read, m.start())
                and m.group(0).lower() not in rule.not_governed_by_periods
            ),
            None,
        )
        if match is None:
            continue
        if rule.excludes and any(x.search(sentence_of(read, match)) for x in rule.excludes):
            continue  # as when the rule fires: "opt out of arbitration" is no data choice
        if rule.requires and not any(x.search(context) for x in rule.requires):
            continue  # nor without what it requires: reasonable efforts of ours are no duty
        kind = rule.kind
        forbidding = forbids(match.group(0))
        relaxing = (
            "shortened"
            if (runs_for and forbidding) or (lasting and not forbidding)
            else "lengthened"
        )
        if kind == "new-obligation" and compared == {relaxing}:
            kind = "obligation-relaxed"
        have.add(rule.kind)
        # its own rule id: the direction comes from the period, not from this rule
        found.append(
            Evidence(
                kind,
                GOVERNS_RULE,
                "context",
                match.group(0),
                f"The period governs this ({rule.id})",
            )
        )
    if not found and have <= {"notice-period"}:
        found += _in_a_privacy_paragraph(rules, edits, setting)
    return found


def _in_a_privacy_paragraph(rules: RuleSet, edits: Edits, setting: str = "") -> list[Evidence]:
    """Return evidence that a period whose own sentence names no kind stands in a
    paragraph about personal data ("If we deny your request, you may appeal within 45
    days", after "a request about your personal information"), or under a heading or
    lead-in that names it ("The following personal data is stored by us (storage period
    in brackets):"): the paragraph's kind."""
    text = edits.new or edits.old
    privacy = [r for r in rules.all_rules if r.kind == "data-privacy" and not r.secondary]
    for rule in privacy:
        found = (m for p in rule.patterns for m in p.finditer(text))
        matches = list(islice(found, PRIVACY_PARAGRAPH_MENTIONS))  # enough to tell
        if len(matches) >= PRIVACY_PARAGRAPH_MENTIONS:
            why = f"The period stands in a paragraph on personal data ({rule.id})"
            return [Evidence("data-privacy", GOVERNS_RULE, "context", matches[0].group(0), why)]
    for rule in privacy if setting else ():
        match = next((m for p in rule.patterns if (m := p.search(setting))), None)
        if match is not None:
            why = f"The period stands under a heading on personal data ({rule.id})"
            return [Evidence("data-privacy", GOVERNS_RULE, "context", match.group(0), why)]
    return []


PRIVACY_PARAGRAPH_MENTIONS = 2


_DUTIES = frozenset({"new-obligation", "obligation-relaxed"})

# bounds of a period the user must wait out, keep to or act ahead by; "within" and
# "no later than" give the user time, unless an event follows ("... before departure")
_LASTING_BOUNDS = frozenset({"for", "at least", "in advance", "prior", "before"})
_AHEAD = regexcache.compile(r"\W*(\w+\W+){0,2}?(before|ahead|prior|in advance|beforehand)\b", re.I)


def _lasting_or_ahead(period: dict[str, Any], text: str) -> bool:
    """Return whether a period (in its JSON form) is one a duty must last for or be met
    ahead of an event, read by its bound and the words after it in text."""
    if period.get("bound") in _LASTING_BOUNDS:
        return True
    words = str(period.get("text", ""))
    at = text.find(words) if words else -1
    return at >= 0 and _AHEAD.match(text, at + len(words)) is not None


def _after_an_event(text: str, at: int) -> bool:
    """Return whether position at of text names the event a period runs from ("five
    years after termination", "within 30 days following the closure of your account"),
    which the period does not govern."""
    return _EVENT_BEFORE.search(text, max(0, at - _EVENT_REACH), at) is not None


# "after termination", "following the closure", "after you close", "once we suspend",
# "after we begin the account deletion process"
_EVENT_BEFORE = regexcache.compile(
    r"\b(after|following|once|upon)( the| your| any| its| you| we| they)?"
    r"( have| has)?(( begin| start| receive| initiate| complete)( the| your| a| an)?)?\s+$",
    re.I,
)
_EVENT_REACH = 24  # characters before a word that may say it is the event


def as_duration(data: dict[str, Any]) -> Duration:
    """Rebuild a Duration from its JSON form, for comparison."""
    return Duration(
        value=data["value"],
        unit=data["unit"],
        text=data.get("text", ""),
        start=0,
        end=0,
        day_type=data.get("day_type"),
        consecutive=bool(data.get("consecutive")),
        bound=data.get("bound"),
    )
