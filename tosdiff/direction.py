"""Whom a change favours: "adverse", "favourable" or "neutral" for the user.

A change that is not material favours no one. For the others, three readings are added
up, each +1 for the user or -1 against:

* words (``rules/direction.toml``) around each edit: each word of a right or a promise
  to the user ("refund", "opt out", "we will notify you") that the new text holds there
  and the old one does not counts for the user, each word of a power over the user
  ("without notice", "irrevocable", "waive") against; a negation a few words before
  turns a word round ("we do not sell your data", "non-refundable");
* periods changed: longer is better for the user when it is notice to the user or time
  the user has, worse when it is how long data is kept, how long we may take, how long
  a restriction on the user lasts, notice the user must give, or how far ahead of an
  event (or how long) a duty of the user must be met; a period written into
  a duty of the user (a new deadline) counts against the user, one written into a
  prohibition (a limit on what it forbids) for the user, and the reverse when taken out;
* amounts changed: a higher cap on our liability, refund or payout is better, a
  higher price, fee or threshold worse.

When they cancel out, a change of governing law or forum that only puts one place for
another favours neither side, and otherwise the kinds' rules decide
(``direction_inserted`` / ``direction_deleted`` of the rules that fired; any adverse
one wins).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from . import regexcache
from .durations import NUMBER_IN_WORDS, compare_durations, number_value
from .duties import DUTY_READ_ON, forbids
from .edits import FULL_STOP_END, Edits, edits_a_digit, sentence_around, windows
from .model import Direction, Evidence
from .periods import GOVERNS_RULE, as_duration, compare_bounds
from .ruleset import Polarity, Rule, RuleSet
from .scan import Hits
from .words import WORD

# a negation in the few words before a word turns it round; a comma or a full stop
# ends its reach ("if you do not pay, we may suspend" is no negated suspension)
_NEGATION = regexcache.compile(
    # ("without delay" says when, not whether: "we will without delay notify you")
    r"(\b(not|no|never|without(?! (undue )?delay\b)|cannot|nor|neither|none)\b|n[’']t\b|\bnon-)"
    r"\s*(?:[\"“‘]?[^\W\d]+[’'-]?[\"”’]?\s*){0,3}[\"“‘]?$"
    # a user's refusal reaches further: "opt out of having your data shared for
    # targeted advertising", 'turn off "Personalised ads"', 'a request to opt-out of the
    # "sale" or "sharing"/processing for targeted advertising'
    r"|\b(turn off|switch off|disable|opt[- ]out of|object to|stop|stops|stopped"
    # a right given up ("by agreeing to arbitration you are giving up the right to sue")
    r"|giv(e|es|ing) up|waiv(e|es|ing)|forfeit(s|ing)?)\b"
    # but not past a verb of its own ("object to your data being processed and can
    # withdraw your consent": the consent is the user's to withdraw)
    r"\s*(?:(?!(?:can|may|will|must|shall|should|could|would)\b)"
    r"[\"“‘]?[^\W\d]+[’'-]?[\"”’]?[\s/]*){0,8}[\"“‘]?$"
    # or not owed ("you will not be entitled to any refund", "not eligible for a credit",
    # "you will not receive money or other compensation")
    r"|\b(not|never|no longer)\s+((be\s+)?(entitled|eligible)\s+(to|for)|receive|get"
    r"|be\s+(paid|given|owed|offered))\b(\s+[^\W\d]+){0,4}\s*$"
    # or lost ("or you lose the right to bring it")
    r"|\blos(e|es|ing)(\s+(the|your|any|all))?(\s+(rights?|ability|access)\b(\s+[^\W\d]+){0,3})?\s*$",
    re.I,
)
_NEGATION_REACH = 80  # characters read back for a negation
# what a clause leaves as it was: "This does not affect your right to bring the dispute
# before a court" keeps the right, it does not deny it
_LEFT_INTACT = regexcache.compile(
    r"\b(not|nor|n[’']t|nothing in [\w ]{0,40})\s+(affect|limit|restrict|prejudice|reduce|"
    r"diminish|impair|exclude|waive|override)s?\s+(?:[^\W\d]+\s+){0,2}$",
    re.I,
)
_CLAUSE_BREAK = regexcache.compile(r"[,;:.()]")

# an amount of money or a percentage: "$4.99", "EUR 10", "10 euros", "15%"
_AMOUNT = regexcache.compile(
    r"(?P<pre>[$€£]|\b(?:usd|eur|gbp)\s?)\s?(?P<a>\d[\d,]*(?:\.\d+)?)"
    r"|\b(?P<b>\d[\d,]*(?:\.\d+)?)\s?(?P<post>%|percent\b|per cent\b|(?:us )?dollars?\b"
    r"|euros?\b|pounds?\b|usd\b|eur\b|gbp\b)",
    re.I,
)


def direction_of(
    evidence: list[Evidence],
    rules: RuleSet,
    edits: Edits,
    material: bool,
    setting_of: Callable[[], str] = str,
) -> Direction:
    """Return whom a change favours, from its edits and the evidence of its kinds.
    setting_of gives the clause's heading and lead-in, read for what a changed period
    is when its own sentence does not say ("How long we retain your information")."""
    if not material:
        return "neutral"
    # a changed period's own sentence is weighed by the period ("we will notify you at
    # least 30 days before" -> "7 days before"), not again by its words
    periods = frozenset(
        str(side["text"])
        for e in evidence
        if e.old is not None and e.new is not None
        for side in (e.old, e.new)
        if side.get("text")
    )
    score = (
        word_leaning(rules, edits, periods)
        + _period_score(evidence, rules, edits, setting_of)
        + _amount_score(rules, edits)
        + _allowance_score(edits)
        + _age_score(rules, edits)
    )
    if score:
        return "favourable" if score > 0 else "adverse"
    if _only_places_changed(evidence, edits):
        return "neutral"  # the laws of California -> of Delaware: favours neither side
    # what a clause taken out whole said counts as deleted, wherever a rule read it
    return _rule_votes(evidence, rules.by_id, edits, removed=bool(edits.old) and not edits.new)


def _only_places_changed(evidence: Iterable[Evidence], edits: Edits) -> bool:
    """Return whether a change of governing law or forum only puts one place or body
    for another: every word it deletes or inserts is a name (or "of", "the", "and")."""
    if not edits.deleted or not edits.inserted or any(e.kind != "dispute" for e in evidence):
        return False
    words = [
        word
        for text, spans in ((edits.old, edits.deleted), (edits.new, edits.inserted))
        for a, b in spans
        # ("the laws of the State of Delaware, without regard to its conflict of laws rules")
        for word in WORD.findall(_CONFLICT_RULES.sub(" ", text[a:b]))
    ]
    # a name is capitalised, not written all in capitals (but for short ones: "AAA")
    return bool(words) and all(
        (w[:1].isupper() and (not w.isupper() or len(w) <= 4)) or w in _PLACE_JOINERS for w in words
    )


# the conflict-of-laws rules a governing law is chosen without: no place of its own
_CONFLICT_RULES = regexcache.compile(
    r"\b(without regard to|excluding|notwithstanding|regardless of) (its|their|the|any)? ?"
    r"(choice[- ]of[- ]law (or )?)?conflicts?[- ](of[- ])?laws?( (rules|principles|provisions))?",
    re.I,
)
# ("the courts of San Francisco" -> "the courts located in Wilmington", "California's" -> "its")
_PLACE_JOINERS = frozenset({"of", "the", "and", "in", "at", "located", "its", "s"})


def word_leaning(rules: RuleSet, edits: Edits, periods: frozenset[str] = frozenset()) -> int:
    """Return the words for the user the edits bring in, less those they take out,
    less the words against the user they bring in, plus those they take out: the words
    around each edit, which are the same on both sides but for the edit itself.
    Words that hold one of periods (the texts of changed periods) are not counted."""
    words = rules.direction
    if not words.favours_user and not words.hurts_user and not words.favours_user_in_place:
        return 0
    scanner = rules.direction_scanner
    old_spans = edits.edits_in_old or edits.deleted
    new_spans = edits.edits_in_new or edits.inserted
    old = scanner.hits(edits.old, tuple(windows(old_spans, len(edits.old), WORDS_REACH)))
    new = scanner.hits(edits.new, tuple(windows(new_spans, len(edits.new), WORDS_REACH)))
    # a clause added or removed whole: its practice is new or gone, whatever the user's
    # say-so it waits for ("With your consent, we share your driving data with insurers")
    whole = not edits.old or not edits.new
    return _leaning(new, rules, periods, whole) - _leaning(old, rules, periods, whole)


WORDS_REACH = 40  # characters around an edit that are read for the words of its sentence


def _leaning(
    hits: Hits, rules: RuleSet, periods: frozenset[str] = frozenset(), whole: bool = False
) -> int:
    """Return how many words of the scanned stretches of a text favour the user, less
    those that hurt; in a clause added or removed whole (whole), not those that favour
    the user only in place."""
    text, signs = hits.text, rules.direction_signs
    in_place = rules.direction.favours_user_in_place if whole else ()
    found = hits.found()
    keys = signs.keys() if found is None else (*found, None)
    score = 0
    for key in keys:
        for sign, pattern in signs.get(key, ()):
            if in_place and pattern in in_place:
                continue
            said = 0
            for match in hits.finditer_scanned(pattern):
                if periods and any(period in match.group(0) for period in periods):
                    continue
                # what favours the user, named in a ban on the user, is what the user
                # may not have ("sell names for money or other compensation")
                negated = _negated(text, match.start()) or (
                    sign > 0 and _in_a_ban_on_the_user(text, match.start())
                )
                said -= sign if negated else -sign
            score += (said > 0) - (said < 0)  # a word said twice counts once
    return score


def _negated(text: str, at: int) -> bool:
    """Return whether a negation stands in the few words before position at, or
    governs a series the words at position at continue ("we will not use it for ads,
    sell it, or build a profile")."""
    before = text[max(0, at - _NEGATION_REACH) : at]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        last = breaks[-1]
        if last.group() == "," and _SERIES_GAP.fullmatch(before, last.end()):
            return _negated_series(text, at - len(before) + last.start(), at)
        before = before[last.end() :]
    if _NEGATION.search(before) is not None:
        return _LEFT_INTACT.search(before) is None
    # a second verb joined to our negated one: "we do not sell it or share it"
    joined = _OR_BEFORE.search(before)
    return (
        joined is not None
        and not _NOT_AN_ITEM.match(text, at)
        and _SERIES_HEAD.search(before, 0, joined.start()) is not None
    )


def _sentence_start(text: str, at: int) -> int:
    """Return where the sentence (or the part after a ";" or ":") that position at stands
    in begins."""
    return max(text.rfind(mark, 0, at) for mark in (". ", "; ", ": ", "\n")) + 1


def _in_a_ban_on_the_user(text: str, at: int) -> bool:
    """Return whether position at stands in a sentence that opens by forbidding the user
    something ("You will not buy, sell or trade user names ... for money or other
    compensation"): what the sentence names is what the user may not do or have."""
    start = _sentence_start(text, at)
    return _BAN_OPENING.match(text, start, at) is not None


def _made_negative(text: str, words: str, spans: Iterable[tuple[int, int]] = ()) -> bool:
    """Return whether words stand, in text, right after a "non-" that a short edit of
    spans puts in or takes out ("non-precise location data" -> "location data"): their
    opposite is meant. A "non-" inside a longer passage written whole ("the
    non-personal information collected ... is used for targeted ads") is its words'."""
    at = text.find(words)
    if at < 4 or text[at - 4 : at].lower() != "non-":
        return False
    return any(
        a <= at - 4 < b and len(WORD.findall(text, a, b)) <= NEGATING_EDIT_WORDS for a, b in spans
    )


NEGATING_EDIT_WORDS = 3  # words of an edit that only puts in or takes out a "non-"


def _in_a_promise_not_to(text: str, words: str) -> bool:
    """Return whether words stand, in text, in a sentence that opens with what we do
    not do: "We do not ...", "We will never ..."."""
    at = text.find(words)
    if at < 0:
        return False
    start = _sentence_start(text, at)
    return _PROMISE_NOT.match(text, start) is not None


_PROMISE_NOT = regexcache.compile(
    r"[\W\d]*(?:[Ww]e|(?!(?:You|Users?|It|This|That|These|Those|They)\b)[A-Z][\w&-]*)\s+"
    r"(?:(?:will|do|does|shall)\s+(?:not|never)|never|(?:won|don|doesn)[’']t)\b"
    r"(?![^.;]*\b(?:unless|except|if|without|but|however)\b)"
)


def _held_back(text: str, words: str) -> bool:
    """Return whether words stand, in text, right after a verb that limits or refuses
    what they name ("allows you to limit the sharing of information", "you may object to
    the processing"): a means to hold the use back, not the use."""
    at = text.find(words)
    return at > 0 and _HOLDING_BACK.search(text, max(0, at - 40), at) is not None


_HOLDING_BACK = regexcache.compile(
    r"\b(?:limit|restrict|opt[- ]out of|object to|stop|turn off|switch off|disable|block"
    r"|prevent|refuse|withdraw (?:your )?consent to)\s+(?:(?:the|our|such|any|all|this)\s+)?$",
    re.I,
)


# a sentence that opens by forbidding the user something, not by telling what befalls
# the user ("You will not be charged", "you will not have to pay"), and lifts no part of
# the ban before the words read ("..., but you may")
_BAN_OPENING = regexcache.compile(
    r"[\W\d]*(?:[Yy]ou|[Uu]sers?|[Mm]embers?|[Cc]ustomers?|[Ss]ellers?|[Bb]uyers?|[Cc]reators?"
    r"|[Dd]evelopers?)\s+(?:(?:will|shall|must|may|do|does)\s+not|cannot|can[’']t|won[’']t"
    r"|mustn[’']t|agrees?\s+not\s+to)\s+(?!be\b|have\b|need\b|receive\b|get\b|lose\b|incur\b"
    r"|owe\b|pay\b|bear\b|suffer\b|face\b|see\b)[a-z]"
    r"(?![^.;]*\b(?:unless|except|but|however|provided|instead)\b)"
)

# "or" or "nor" right before a word: it may join a verb to a negated one before it
_OR_BEFORE = regexcache.compile(r"\s(?:or|nor)\s+$")
# what may stand between a comma and the next item of a series of verbs
_SERIES_GAP = regexcache.compile(r"\s*(?:(?:or|and|nor)\s+)?")
# a series item opens with a verb, not with a subject, a determiner or a preposition
_NOT_AN_ITEM = regexcache.compile(
    r"(?:we|you|they|it|he|she|i|the|a|an|our|your|their|its|this|that|these|those|except"
    r"|unless|if|when|where|including|in|on|for|to|by|with|from|as|at|such|provided|subject"
    r"|which|who|whether|so|than|other|any|all|each|every|no)\b",
    re.I,
)
# our negated verb that opens a series: "we will not", "we do not" (what a user
# may not do is read as a duty: see the duties)
_SERIES_HEAD = regexcache.compile(
    r"(?:^|\s)[Ww]e\s+(?:(?:will|do|does|shall|must|may|can|would)"
    r"\s+not|cannot|never|(?:won|don|doesn|can|mustn)[’']t)\s+[a-z]"
)
_SERIES_REACH = 300  # characters read back for the head of a series


def _negated_series(text: str, comma: int, item: int) -> bool:
    """Return whether the words at position item, after the comma at position comma,
    continue a series of verbs whose head clause is our negated verb."""
    if _NOT_AN_ITEM.match(text, item):
        return False
    head = text[max(0, comma - _SERIES_REACH) : comma]
    head = head[max(head.rfind(mark) for mark in ".;:") + 1 :]
    # walk back over the earlier items of the series to its head clause
    segments = head.split(",")
    while len(segments) > 1:
        last = segments[-1]
        gap = _SERIES_GAP.match(last)
        start = gap.end() if gap else 0
        if start >= len(last) or not last[start].islower() or _NOT_AN_ITEM.match(last, start):
            break
        segments.pop()
    clause = segments[-1]
    return _SERIES_HEAD.search(clause) is not None


def _period_score(
    evidence: Iterable[Evidence],
    rules: RuleSet,
    edits: Edits,
    setting_of: Callable[[], str] = str,
) -> int:
    """Return +1 for each changed period that now favours the user more, -1 for each
    that favours the user less; a period whose sentence does not say what it is, by
    what setting_of (the clause's heading and lead-in) says."""
    score = 0
    duty = _duty_governed(evidence)
    for item in evidence:
        if item.old is None and item.new is None:
            continue
        if item.old is None or item.new is None:
            if duty is None and item.new is None:
                gone = _duty_taken_out_with(item.old, evidence, edits)  # type: ignore[arg-type]
                if gone is not None:
                    score += 1  # the duty or the ban went with its period
                    continue
            if duty is not None:
                # a deadline written into a duty of the user is against the user; a
                # period written into a prohibition narrows it ("videos longer than
                # 10 minutes"); and the other way round when one is taken out
                written = 1 if item.new is not None else -1
                score += written * (1 if _forbidding(duty.match, edits) else -1)
            elif item.new is None:
                score += _removed_period_score(item.old, rules, edits)  # type: ignore[arg-type]
            elif edits.old:
                score += _added_period_score(item.new, rules, edits)
            continue
        verdict = compare_durations(as_duration(item.old), as_duration(item.new))
        if verdict == "unchanged":
            # "at least 15 days" -> "up to 15 days" shortens what was a least
            verdict = compare_bounds(item.old.get("bound"), item.new.get("bound"))
        if verdict not in ("lengthened", "shortened"):
            continue
        words = str(item.new.get("text", ""))
        at = _edited_place(edits, words)
        sentence = _sentence_of(edits.new, at, at + len(words)) if at >= 0 else edits.new
        longer = 1 if verdict == "lengthened" else -1
        # the part of the sentence the period stands in speaks first: "We will tell you
        # at least 30 days before, | and you can cancel before it applies"
        part = _part_with(sentence, words)
        polarities = rules.direction.periods
        if part != sentence and _says(part, polarities):
            score += longer * _more_is(part, polarities, better=True)
        elif _says(sentence, polarities):
            score += longer * _more_is(sentence, polarities, better=True)
        else:
            score += longer * _more_is(setting_of(), polarities, better=True)
    return score


def _edited_place(edits: Edits, words: str) -> int:
    """Return where words stand in the new text: where an edit touches them, when they
    occur more than once ("paid every 14 days. We may hold funds for up to 14 days"),
    else their first place; -1 when absent."""
    first = edits.new.find(words) if words else -1
    at = first
    while at >= 0:
        if _touched(edits.inserted, at, at + len(words)):
            return at
        at = edits.new.find(words, at + 1)
    return first


def _touched(spans: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    """Return whether any of spans overlaps text[start:end]."""
    return any(max(start, a) < min(end, b) for a, b in spans)


def _removed_period_score(period: Mapping[str, object], rules: RuleSet, edits: Edits) -> int:
    """Return +1 when a period taken out was a time limit on what the user holds or
    may claim ("Miles expire after 18 months without activity" -> "Miles do not
    expire"), -1 when it was notice or time given to the user ("we may
    freeze your wallet after giving you 7 days' notice" -> "immediately"), or a
    deadline or a cap we kept ("we will notify you within 48 hours" -> "without undue
    delay", "we keep recordings for up to 30 days" -> "we keep recordings"),
    else 0: a period that no longer binds anyone else is not plainly better or worse."""
    polarity = _what_period(period, edits.old, rules)
    if polarity is None:
        return 0
    if polarity.deadline_removed > 0:
        return 1
    if polarity.more > 0 or (polarity.deadline_removed < 0 and period.get("bound") in _DEADLINES):
        return -1
    if polarity.deadline_removed < 0 and period.get("bound") == "after":
        # a promise to erase after a time taken out ("we will delete any IP addresses
        # collected after 100 days"): the data may now be kept for good
        sentence = _period_sentence(period, edits.old)
        if sentence is not None and _ERASE.search(sentence):
            return -1
    return 0


_DEADLINES = frozenset({"within", "no later than", "up to", "no more than"})
_ERASE = regexcache.compile(r"\b(delete[sd]?|erase[sd]?|purge[sd]?|anonymi[sz]e[sd]?)\b", re.I)
_AHEAD_BOUNDS = frozenset({"at least", "no earlier than", "in advance", "prior", "before"})


def _added_period_score(period: Mapping[str, object], rules: RuleSet, edits: Edits) -> int:
    """Return +1 when a period written into a clause that stays is notice to the user,
    or time given, ahead of something ("we will tell you at least 30 days before"), -1
    when it is notice the user must give or a cut-off the user must keep ahead of
    something ("cancel at least 7 days before the renewal date"), else 0. (A new
    cut-off, "you may appeal within 6 months", or a new deadline of ours, "we delete it
    within 30 days", was labelled both ways: no reading.)"""
    polarity = _what_period(period, edits.new, rules)
    if polarity is None or period.get("bound") not in _AHEAD_BOUNDS:
        return 0
    return polarity.more


def _what_period(period: Mapping[str, object], text: str, rules: RuleSet) -> Polarity | None:
    """Return what a period found in text is, by the first [[direction.period]] entry
    the statement it stands in, else its sentence, matches, or None."""
    sentence = _period_sentence(period, text)
    if sentence is None:
        return None
    # the statement the period stands in speaks first ("upon at least 30 days' notice, |
    # and you may cancel before the new price applies")
    part = _part_with(sentence, str(period.get("text", "")))
    polarities = rules.direction.periods
    return _first_polarity(part if _says(part, polarities) else sentence, polarities)


def _period_sentence(period: Mapping[str, object], text: str) -> str | None:
    """Return the sentence of text a period found in it stands in, or None."""
    words = str(period.get("text", ""))
    at = text.find(words) if words else -1
    return None if at < 0 else _sentence_of(text, at, at + len(words))


def _sentence_of(text: str, start: int, end: int) -> str:
    """Return the sentence around text[start:end]; for a table cell that holds little
    more than the period, the whole row: its other cells tell what the period is
    ("| _ga | Analytics | Used to tell users apart. | 2 years |")."""
    sentence = sentence_around(text, start, end)
    if "|" in sentence and text.endswith("|") and len(_CELL_WORDS.findall(sentence)) <= 3:
        return text
    return sentence


_CELL_WORDS = regexcache.compile(r"[^\W\d_]+")


# where a sentence joins two statements with their own subjects ("..., and you can
# cancel", "; we may"), or a statement and what it is for ("kept for 30 days, to give
# you time to appeal": the period is how long data is kept, not time given)
_JOINED = regexcache.compile(
    r",? (?:and|but|or|while|whereas|although) (?=(?:you|we|they|it|users?|customers?)\b)"
    r"|, (?:although|though|whereas|so that) |; "
    r"|, (?:in order |so as )?to (?=(?:give|allow|let|help|enable|provide|ensure|offer)\b)",
    re.I,
)


def _part_with(sentence: str, words: str) -> str:
    """Return the statement of a sentence that holds words (the whole sentence if it
    joins none, or words are not found in it)."""
    at = sentence.find(words) if words else -1
    if at < 0:
        return sentence
    start, end = 0, len(sentence)
    for match in _JOINED.finditer(sentence):
        if match.end() <= at:
            start = match.end()
        elif match.start() >= at + len(words):
            end = match.start()
            break
    return sentence[start:end]


def _says(text: str, polarities: Iterable[Polarity]) -> bool:
    """Return whether any polarity's words occur in text."""
    return any(p.search(text) for polarity in polarities for p in polarity.patterns)


def _duty_governed(evidence: Iterable[Evidence]) -> Evidence | None:
    """Return the evidence that a changed period governs a duty or prohibition of the
    user (see periods.what_the_period_governs), or None."""
    return next(
        (
            e
            for e in evidence
            if e.rule == GOVERNS_RULE and e.kind in ("new-obligation", "obligation-relaxed")
        ),
        None,
    )


def _duty_taken_out_with(
    period: Mapping[str, object], evidence: Iterable[Evidence], edits: Edits
) -> Evidence | None:
    """Return the evidence of a duty of the user taken out in the sentence a period was
    taken out of ("You must tell us if you will be away for more than 30 days" gone),
    or None: the period went with the duty."""
    sentence = _period_sentence(period, edits.old)
    if sentence is None:
        return None
    return next(
        (
            e
            for e in evidence
            if e.rule == "obligation.duty-removed" and e.match and e.match in sentence
        ),
        None,
    )


def _forbidding(duty: str, edits: Edits) -> bool:
    """Return whether the words of a duty forbid, read with the few characters after
    them in the text ("You must" + " not")."""
    for text in (edits.new, edits.old):
        at = text.find(duty)
        if at >= 0:
            return forbids(text[at : at + len(duty) + DUTY_READ_ON])
    return forbids(duty)


def _more_is(sentence: str, polarities: Iterable[Polarity], better: bool) -> int:
    """Return +1 when more of a period or an amount in sentence is better for the user,
    -1 when worse: by the first polarity whose words the sentence holds, else by default."""
    polarity = _first_polarity(sentence, polarities)
    if polarity is not None:
        return polarity.more
    return 1 if better else -1


def _first_polarity(sentence: str, polarities: Iterable[Polarity]) -> Polarity | None:
    """Return the first polarity whose words sentence holds, or None (an entry read by
    the words just before an amount is not read by its sentence alone)."""
    return next(
        (p for p in polarities if not p.before and any(x.search(sentence) for x in p.patterns)),
        None,
    )


def _amount_score(rules: RuleSet, edits: Edits) -> int:
    """Return +1 for each amount an edit changed in the user's favour, -1 for each
    changed against: amounts paired in order between the edited stretches."""
    if not edits_a_digit(edits.old, edits.deleted) or not edits_a_digit(edits.new, edits.inserted):
        return 0  # most edits change no number
    old = _edited_amounts(edits.old, edits.deleted)
    new = _edited_amounts(edits.new, edits.inserted)
    score = 0
    for (before, _, _), (after, sentence, words_before) in zip(old, new, strict=False):
        if before == after:
            continue
        higher = 1 if after > before else -1
        if _FEE_BEFORE.search(words_before):
            score -= higher  # "for a fee of $1.99": the user pays it, whatever else is said
        elif near := _polarity_just_before(words_before, sentence, rules.direction.amounts):
            score += higher * near.more  # "you must keep a defect rate below 2%"
        else:
            score += higher * _more_is(sentence, rules.direction.amounts, better=False)
    return score


def _polarity_just_before(
    words_before: str, sentence: str, polarities: Iterable[Polarity]
) -> Polarity | None:
    """Return the first polarity whose `before` words end the text just before an amount
    and whose patterns its sentence holds, or None."""
    return next(
        (
            p
            for p in polarities
            if p.before
            and any(b.search(words_before) for b in p.before)
            and any(x.search(sentence) for x in p.patterns)
        ),
        None,
    )


# the words just before an amount that make it a price the user pays ("a fee of",
# "charges", "you will pay", "you will be charged"; a currency code may stand between
# them and the amount: "billed at US$2.99")
_FEE_BEFORE = regexcache.compile(
    r"\b(fees?|charges?|charged|billed|prices?|surcharges?"
    r"|(you|users?|customers?|members?) (will |must |shall )?pay)"
    r"\b( of| is| are| will be| at| to| totalling| amounting to| equal to)?( up to| only)?"
    r"\W*(?-i:US|USD|CA|CAD|AU|AUD|NZ|HK|S|EUR|GBP)?\W*$",
    re.I,
)


def _edited_amounts(text: str, spans: tuple[tuple[int, int], ...]) -> list[tuple[float, str, str]]:
    """Return each amount of money or percentage an edited span touches, with its
    sentence and the text just before it (_BEFORE_REACH characters)."""
    found = []
    for match in _AMOUNT.finditer(text):
        start, end = match.span()
        if not _touched(spans, start, end):
            continue
        number = (match.group("a") or match.group("b")).replace(",", "")
        try:
            value = float(number)
        except ValueError:
            continue
        sentence = sentence_around(text, start, end)
        if len(_WORDS.findall(sentence)) < _FRAGMENT_WORDS:
            # an item of a list ("...; or (b) $30.00") is read with the whole sentence
            sentence = sentence_around(text, start, end, FULL_STOP_END)
        found.append((value, sentence, text[max(0, start - _BEFORE_REACH) : start]))
    return found


_BEFORE_REACH = 30  # characters before an amount read for what it is


def _age_score(rules: RuleSet, edits: Edits) -> int:
    """Return +1 for each age an edit changed in the user's favour, -1 for each changed
    against, by what its sentence says the age is ([[direction.age]]): the age below
    which we do not collect or share a user's data, higher is better; the age a user
    must reach, higher is worse. Ages are paired in order between the edited stretches."""
    if not edits_a_digit(edits.old, edits.deleted) or not edits_a_digit(edits.new, edits.inserted):
        return 0
    old = _edited_ages(edits.old, edits.deleted)
    new = _edited_ages(edits.new, edits.inserted)
    score = 0
    for (before, _), (after, sentence) in zip(old, new, strict=False):
        if before != after and (polarity := _first_polarity(sentence, rules.direction.ages)):
            score += polarity.more if after > before else -polarity.more
    return score


# an age: "under 13", "under the age of 16", "under-16s", "aged 18", "16 years old", "18 years
# of age", "13 or older" (not "under 30 days")
_AGE = regexcache.compile(
    r"\b(?:under|below|younger than|aged|age of)[\s-]+"
    r"(?:the\s+age\s+of\s+)?(?P<a>\d{1,2})\b(?!\s*(?:[a-z]+\s+)?(?:%|percent|per cent|days?|weeks?"
    r"|months?|years?|hours?|minutes?|[$€£]))"
    r"|\b(?P<b>\d{1,2})(?:\s*-?\s*years?[- ]old|\s+years?\s+of\s+age|\s+or\s+(?:older|over)"
    r"|\s+and\s+(?:older|over|up))",
    re.I,
)


def _edited_ages(text: str, spans: tuple[tuple[int, int], ...]) -> list[tuple[int, str]]:
    """Return each age an edited span touches, with its sentence."""
    found = []
    for match in _AGE.finditer(text):
        group = "a" if match.group("a") else "b"
        start, end = match.span(group)
        if _touched(spans, start, end):
            found.append((int(match.group(group)), sentence_around(text, start, end)))
    return found


def _allowance_score(edits: Edits) -> int:
    """Return +1 for each count of what the user gets that an edit raised ("a Family plan
    lets up to four people share" -> "six"), -1 for each it lowered."""
    if not edits_a_digit(edits.old, edits.deleted) and not _NUMBER_WORD.search(
        " ".join(edits.old[a:b] for a, b in edits.deleted)
    ):
        return 0  # most edits change no number
    old = _edited_allowances(edits.old, edits.deleted)
    new = _edited_allowances(edits.new, edits.inserted)
    return sum(
        (after > before) - (after < before)
        for (before, unit), (after, other) in zip(old, new, strict=False)
        if unit == other
    )


def _edited_allowances(text: str, spans: tuple[tuple[int, int], ...]) -> list[tuple[float, str]]:
    """Return each count an edited span touches in a sentence that says what the user
    gets ("includes up to 5 projects", "lets up to four people"), with its unit."""
    found = []
    for match in _ALLOWANCE.finditer(text):
        start, end = match.span("count")
        if not _touched(spans, start, end):
            continue
        sentence = sentence_around(text, start, end)
        if not _GIVES.search(sentence) or _FLOOR.search(sentence):
            continue
        value = number_value(match.group("count"))
        found.append((value, match.group("unit").lower().rstrip("s")))
    return found


_NUMBER_WORD = regexcache.compile(rf"\b{NUMBER_IN_WORDS}\b", re.I)
# a count of things the user gets, with its unit ("4 people", "five devices", "100 GB")
_ALLOWANCE = regexcache.compile(
    rf"(?<![\d,.])(?P<count>\d{{1,3}}(?:,\d{{3}})+|\d{{1,7}}|\b{NUMBER_IN_WORDS})\s?(?:[\w-]+ )?"
    r"(?P<unit>people|persons|members|users|seats|devices|screens|streams|profiles|projects|"
    r"downloads|copies|guests|photos|videos|refunds|requests|GB|TB|MB|credits|tickets|"
    r"accounts|passes|sessions|classes|lessons|rides|deliveries)\b",
    re.I,
)
# the sentence says what the user gets, not what the user must reach
_GIVES = regexcache.compile(
    r"\b(up to|includes?|including|lets?|allows?|offers?|gives?|get|gets|receive|receives|"
    r"provides?|comes with|entitled to|can (add|use|have|share|create|invite|download|upload|"
    r"store|stream|watch|make|request|book)|may (add|use|have|share|create|invite|download|"
    r"upload|store|stream|watch|make|request|book))\b",
    re.I,
)
_FLOOR = regexcache.compile(
    r"\b(at least|minimum|no fewer than|no less than|must|required|fee|charge)\b", re.I
)


_WORDS = regexcache.compile(r"[^\W\d_]+")
_FRAGMENT_WORDS = 4  # words of a list item too short to tell what its amount is


def _rule_votes(
    evidence: Iterable[Evidence],
    rules: Mapping[str, Rule],
    edits: Edits | None = None,
    *,
    removed: bool = False,
) -> Direction:
    """Return the direction the rules that fired give: favourable when a duty of the
    user is loosened and none added (whatever the rules of the clause's topic say of
    the words written: "resale now permitted through the official marketplace" in a
    fees clause), else adverse if any rule says so. (A changed period was weighed by
    _period_score.) removed tells that the clause was taken out whole: what a rule
    read in its text then counts as deleted ("| _gcl_au | Google LLC | Advertising |"
    gone). A rule's words on personal data in a sentence on what we do not do ("We do
    not use ... to personalise ads") vote the other way round; edits give the texts."""
    kinds = {item.kind for item in evidence}
    if "obligation-relaxed" in kinds and "new-obligation" not in kinds:
        return "favourable"
    # a deadline that governs a duty of the user ("you must notify us ... no later
    # than ...") binds the user: brought in, it is no notice given to them
    users_deadline = any(
        item.rule == GOVERNS_RULE and item.kind == "new-obligation" for item in evidence
    )
    votes = []
    for item in evidence:
        rule = rules.get(item.rule)
        if rule is None or (item.old is not None and item.new is not None):
            continue
        inserted = item.side in ("inserted", "both") or (item.side == "context" and not removed)
        if users_deadline and item.kind == "notice-period":
            inserted = not inserted
        if (
            edits is not None
            and item.kind == "data-privacy"
            and item.side in ("inserted", "deleted")
            and item.match
        ):
            # a sentence that says what we do not do ("We do not use Special Category
            # Data to personalise ads") counts the other way round
            text, spans = (
                (edits.new, edits.inserted)
                if item.side == "inserted"
                else (edits.old, edits.deleted)
            )
            if (
                _in_a_promise_not_to(text, item.match)
                or _made_negative(text, item.match, spans)
                or _held_back(text, item.match)
            ):
                inserted = not inserted
        votes.append(rule.direction_inserted if inserted else rule.direction_deleted)
    if "adverse" in votes:
        return "adverse"
    return "favourable" if "favourable" in votes else "neutral"
