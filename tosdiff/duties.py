"""Duties of the user added and loosened in one edit, weighed against each other.

Rules for new obligations and for relaxed ones often fire together on one edit: a duty
deleted and one inserted. Most of the time that is one duty in other words ("Users
shall not" -> "You must not"), a prohibition turned into a permission, or an exception
that belongs to a new duty; this module tells which, from the words of the two duties
and of the clause around them (see weigh_duties).
"""

from __future__ import annotations

import re

from . import regexcache
from .editorial import DUTY_WORDS, plain_words
from .edits import sentence_around
from .model import Evidence
from .ruleset import Rule, RuleSet
from .words import lower_words, stem


def weigh_duties(
    evidence: list[Evidence], rules: dict[str, Rule], old: str, new: str
) -> list[Evidence]:
    """Settle a change (old and new text) whose evidence both adds and loosens duties
    of the user (rules: every rule by its id), or only loosens them where "shall" is
    merely written "will" (see _shall_made_will):

    * a duty restated: a duty deleted and one inserted in much the same words, both
      duties or both prohibitions, owed by the same person (or by the reader) and with
      the same numbers ("Users shall not use bots to access the Service" -> "You must
      not use bots to access the Service"), add and remove nothing: neither kind stays;
    * a prohibition turned into a permission with its conditions ("You may not use our
      logos" -> "You may use our logos, provided ...", "... only if ..."): the clause
      grew by the permission, not by another duty: only obligation-relaxed stays;
    * an exception written into a new duty ("..., unless it is labelled"): it belongs
      to the new duty: only new-obligation stays;
    * an exception struck from a prohibition ("..., except with our prior written
      approval" dropped): the consent it named went with it: only new-obligation stays;
    * any other duty written while another is struck (a clause rewritten around new
      duties): only new-obligation stays.
    """
    added = [e for e in evidence if e.kind == "new-obligation"]
    loosened = [e for e in evidence if e.kind == "obligation-relaxed"]
    if not added:
        # "Customer shall indemnify" -> "You will indemnify": no duty written that
        # restates it below, but the same duty all the same
        return [e for e in evidence if not _shall_made_will(e, old, new)]
    if not loosened:
        return evidence
    written = [
        _duty(new, e) for e in added if e.side == "inserted" and rules[e.rule].detector is None
    ]
    struck = [
        _duty(old, e) for e in loosened if e.side == "deleted" and rules[e.rule].detector is None
    ]
    if any(_restates(a, b, advice=True) for a in written for b in struck):
        # a duty made advice ("You must not share" -> "You should not share") loosens it
        return [e for e in evidence if e.kind != "new-obligation" or rules[e.rule].detector]
    # a number a detector read changed in the duty ("You must be at least 13" -> "You
    # need to be at least 18"): the same duty with another limit, which the detector
    # gives
    numbers_read = any(rules[e.rule].detector is not None for e in (*added, *loosened))
    if any(_restates(a, b, same_numbers=not numbers_read) for a in written for b in struck):
        # (a list grown by another item, found by a detector, still adds a duty)
        return [
            e
            for e in evidence
            if e.kind not in ("new-obligation", "obligation-relaxed")
            or rules[e.rule].detector is not None
        ]
    if (
        struck
        and all(duty[0] for duty in struck)
        and all(
            rules[e.rule].detector == "net-addition" or _CONDITION.search(e.match) for e in added
        )
    ):
        return [e for e in evidence if e.kind != "new-obligation"]
    if written and struck and not {d[3] for d in written} & {d[3] for d in struck}:
        return evidence  # a duty moved to someone else ("Sellers shall" -> "Buyers must")
    # otherwise a duty is written and another struck: what users must be told is the
    # duty they take on (labellers give such rewrites new-obligation alone more often
    # than both kinds or obligation-relaxed alone: 23 to 8 of the real revisions, 56 to
    # 40 of the written cases)
    return [e for e in evidence if e.kind != "obligation-relaxed"]


def _shall_made_will(item: Evidence, old: str, new: str) -> bool:
    """Return whether a duty struck as "X shall ..." stands in new as "you will ..." or
    "X will ..." followed by the same words ("Customer shall indemnify, defend" -> "You
    will indemnify, defend"): in a plain-language rewrite "will" says what "shall" did,
    though "you will" alone is no duty (it also foretells: "you will receive")."""
    match = item.match
    if item.kind != "obligation-relaxed" or item.side != "deleted":
        return False
    if not match.lower().endswith("shall") or (at := old.find(match)) < 0:
        return False
    following = lower_words(old[at + len(match) : at + len(match) + _SHALL_READ_ON])[:2]
    if not following:
        return False
    owners = {"you", match.split()[0].lower()}
    words = lower_words(new)
    return any(
        words[i + 1] == "will" and words[i] in owners and words[i + 2 : i + 4] == following
        for i in range(len(words) - 3)
    )


_SHALL_READ_ON = 40  # characters after "shall" whose first two words the duty keeps


# the word that makes a permission conditional ("You may resell tickets only if ...")
_CONDITION = regexcache.compile(r"\b(only|solely|exclusively)\b", re.I)

DUTY_READ_ON = 9  # characters after a duty's words that may say it forbids (" refrain")
RESTATED_SIMILARITY = 0.5  # Dice of two sentences' stems: one duty in other words


_Duty = tuple[bool, frozenset[str], list[str], str]  # see _duty


def _duty(text: str, item: Evidence) -> _Duty:
    """Return, for the words of a duty found in text, whether the duty forbids ("you
    may not", "users must not"), the stems of its sentence, the numbers in it and who
    owes the duty (the stem of its first word: "user", "seller", "you")."""
    first = (item.match.split() or [""])[0].lower().replace("’", "'")
    first = first.removesuffix("'re").removesuffix("'ll")  # "you're responsible": you
    # an order ("Don't post", "must be kept") is given to the reader
    owner = "you" if first in _THE_READER or first in DUTY_WORDS else stem(first)
    at = text.find(item.match)
    if at < 0:
        forbids = _FORBIDS.search(item.match) is not None
        return forbids, frozenset(), _numbers(item.match), owner
    end = at + len(item.match)
    forbids = _FORBIDS.search(text, at, end + DUTY_READ_ON) is not None
    sentence = sentence_around(text, at, end)
    return forbids, _stems(sentence), _numbers(sentence), owner


_THE_READER = frozenset({"you", "your", "do", "don't", "never", "and", "or", "but"})


def _restates(
    written: _Duty, struck: _Duty, advice: bool = False, same_numbers: bool = True
) -> bool:
    """Return whether a duty written and a duty struck are one duty in other words:
    both forbid or both oblige, their sentences hold the same numbers (unless not
    same_numbers) and much the same words, and the same person owes them ("Users shall"
    -> "You must" is the reader). Advice is no duty: with advice, whether the duty
    written is the struck one made advice ("You must not share" -> "You should not
    share")."""
    forbids, stems, numbers, owner = written
    same_owner = owner == struck[3] or "you" in (owner, struck[3])
    advised = ("should" in stems, "should" in struck[1])
    return (
        forbids == struck[0]
        and (numbers == struck[2] or not same_numbers)
        and same_owner
        and _similar(stems, struck[1])
        and advised == ((True, False) if advice else advised[::-1])
    )


RESTATED = "The same duties of the user in other words"


def only_duties_restated(old: str, new: str, evidence: list[Evidence], rules: RuleSet) -> bool:
    """Return whether a clause whose duties were all restated (see weigh_duties) changes
    nothing else: it keeps its numbers, all its other words and its negations in their
    order, synonyms and word forms aside ("keep passwords secret" -> "keep passwords
    and recovery codes secret" adds a duty, "without consent" -> "with consent" turns
    one round)."""
    if _numbers(old) != _numbers(new):
        return False
    before, after = (plain_words(text, rules) for text in (old, new))
    if _negations(before) != _negations(after):
        return False
    # the duties' own words ("Users shall", "You must") and the pronouns and modal verbs
    # they are made of are weighed by weigh_duties
    # (in plain words too: "is not permitted" is read "is not allowed")
    matches = [e.match for e in evidence]
    matches += [" ".join(plain_words(match, rules)) for match in matches]
    skip = set().union(*map(_stems, matches)) | DUTY_WORDS | _AUXILIARIES
    kept_before, kept_after = (
        {stem(w) for w in words if w not in rules.function_words} - skip
        for words in (before, after)
    )
    return kept_before == kept_after


_NEGATING = frozenset({"not", "no", "never", "without", "unless", "except", "only", "nor"})


def _negations(words: list[str]) -> list[str]:
    """Return the negating words of a text's plain words, in order ("cannot" is "not":
    "may not" is written "cannot" in plain words, "must not" is not)."""
    return ["not" if w == "cannot" else w for w in words if w in _NEGATING or w == "cannot"]


_AUXILIARIES = frozenset({"do", "does", "did"})  # "Don't" -> "do not"


def _numbers(text: str) -> list[str]:
    """Return the numbers written in digits in text, in order ("Users under 13" -> 13)."""
    return _DIGITS.findall(text)


_DIGITS = regexcache.compile(r"\d+(?:[.,]\d+)*")


def _stems(text: str) -> frozenset[str]:
    """Return the stems of the words of text."""
    return frozenset(map(stem, lower_words(text)))


def _similar(a: frozenset[str], b: frozenset[str]) -> bool:
    """Return whether two sentences' stems are alike enough to hold one duty."""
    return bool(a and b) and 2 * len(a & b) >= RESTATED_SIMILARITY * (len(a) + len(b))


_FORBIDS = regexcache.compile(r"\b(not|never|cannot|can.t|don.t|won.t|prohibit\w*|refrain)\b", re.I)


def forbids(words: str) -> bool:
    """Return whether the words of a duty forbid ("Users may not", "Don't") rather than
    oblige ("You must")."""
    return _FORBIDS.search(words) is not None
