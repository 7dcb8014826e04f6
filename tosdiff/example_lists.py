"""Examples added to a list a clause already gives.

"We collect information about your device, such as its model and operating system"
gaining ", language setting and time zone" names more of what the clause already
covered: no new kind of data, use or recipient, so users need not be told. The same
edit naming "installed apps", "precise location" or "advertising partners" does tell
them something new; those words are listed in vocabulary.toml (``sensitive_examples``),
with the words that open a list of examples (``example_openers``). A ban's list of
examples is read the same way ("including stunts, dares or pranks" gaining
"challenges").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import regexcache
from .edits import Edits
from .words import DIGIT

EXAMPLES_REACH = 200  # characters from a list's opener ("such as") to an added example
EXAMPLE_WORDS = 6  # words of one added item at most ("temporary guest identifiers")
ADDED_CHARS = 300  # characters an edit that only adds examples adds at most
_ITEM_BREAK = regexcache.compile(r",|\band\b|\bor\b|\(|\)")
_CLAUSE = regexcache.compile(
    r"\b(you|we|they|when|whenever|if|every time|each time|unless)\b", re.I
)
_SENTENCE_END = regexcache.compile(r"[.!?](\s|$)")
# a condition or exception after a list of examples ends it: "such as your name, unless
# you give us permission" + "or the data is hashed" adds to the exception, not the list
_LIST_END = regexcache.compile(r"\b(unless|except|provided|if|when|whenever|where)\b", re.I)
_LETTERS = regexcache.compile(r"[^\W\d_]+")
# words an added example may take with it, or leave behind ("X and Y" -> "X, Y and Z")
_JOINERS = frozenset({"and", "or", "as", "well", "other", "the", "a", "an", "your", "our"})
# words that tell nothing of what a sensitive term names ("date of birth", "birth date")
_FUNCTION_WORDS = _JOINERS | {"of", "to", "in", "on", "for", "with", "by", "from"}


def only_examples_added(
    edits: Edits, openers: Sequence[re.Pattern[str]], sensitive: Sequence[re.Pattern[str]]
) -> bool:
    """Return whether every edit of a changed clause adds examples to a list of examples
    it already gives (after "such as", "including", "for example": openers), none of
    them sensitive data, a use or a recipient users should hear of (sensitive), and no
    number changes; words taken out may only be joiners ("and", "or")."""
    if not edits.inserted or not edits.old or not edits.new or not openers:
        return False
    if sum(b - a for a, b in edits.inserted) > ADDED_CHARS:
        return False  # a paragraph's worth is more than a few examples
    added = " ".join(edits.new[a:b] for a, b in edits.inserted)
    if DIGIT.search(added) or any(DIGIT.search(edits.old, a, b) for a, b in edits.deleted):
        return False
    # words taken out are joiners, or come back in the list ("and payment" -> ", payment
    # and email delivery")
    kept = _JOINERS | {w.lower() for w in _LETTERS.findall(added)}
    for a, b in edits.deleted:
        if not {w.lower() for w in _LETTERS.findall(edits.old, a, b)} <= kept:
            return False
    return all(
        _in_examples(edits.new, a, b, openers) and _items(edits.new[a:b])
        for a, b in edits.inserted
        if _LETTERS.search(edits.new, a, b)
    ) and not _names_something_new(added, edits.old, sensitive)


def _names_something_new(added: str, old: str, sensitive: Sequence[re.Pattern[str]]) -> bool:
    """Return whether words written in (added) name sensitive data, a use or a recipient
    the old clause did not name: "birth date" put as "date of birth" names nothing new."""
    known = {w.lower() for w in _LETTERS.findall(old)} | _FUNCTION_WORDS
    return any(
        any(w.lower() not in known for w in _LETTERS.findall(match.group()))
        for pattern in sensitive
        for match in pattern.finditer(added)
    )


def only_examples_removed(edits: Edits, openers: Sequence[re.Pattern[str]]) -> bool:
    """Return whether every edit of a changed clause only takes out examples: an aside
    that opens with an opener ("(e.g., using bots or scrapers)"), a sentence that opens
    with one ("For example, we may ..."), or items of a list of examples that stays.
    Nothing is written in, and no number is taken out."""
    if not edits.deleted or not edits.old or not edits.new or not openers:
        return False
    if any(_LETTERS.search(edits.new, a, b) for a, b in edits.inserted):
        return False
    removed = [(a, b) for a, b in edits.deleted if _LETTERS.search(edits.old, a, b)]
    if not removed or sum(b - a for a, b in removed) > ADDED_CHARS:
        return False
    for a, b in removed:
        text = edits.old[a:b]
        if DIGIT.search(text):
            return False
        aside = _ASIDE_START.sub("", text)
        plain = aside.replace("e.g.", "eg").replace("i.e.", "ie").replace("etc.", "etc")
        opens = any(p.match(aside) for p in openers) and not _CLAUSE_BREAK.search(
            plain.strip().rstrip(".),")
        )
        # the aside ends where its sentence or bracket does, or at a comma: "including
        # sometimes" cut from "..., including sometimes in a portable format" is no aside
        ends = text.rstrip()[-1:] in ".)," or _ASIDE_END.match(edits.old, b)
        if not (opens and ends):
            return False
    return True


_ASIDE_START = regexcache.compile(r"^[\s,;(\u2013\u2014-]+")  # what an aside opens with: "(", ", "
_ASIDE_END = regexcache.compile(r"\s*([.,;:)!?]|$)")
_CLAUSE_BREAK = regexcache.compile(r"[.;:!?](\s|$)")  # a stop inside the aside: more than examples


def only_examples_reworded(
    edits: Edits, openers: Sequence[re.Pattern[str]], sensitive: Sequence[re.Pattern[str]]
) -> bool:
    """Return whether every edit of a changed clause lies inside an aside of examples in
    brackets that both versions give ("(including our Contributor Program)" -> "(e.g.,
    Contributor Terms for our Contributor Program)"): the clause's terms stand outside
    it. None of the words written in are sensitive (sensitive), and no number changes."""
    if not edits.old or not edits.new or not openers or not (edits.deleted or edits.inserted):
        return False
    asides = set()
    for text, spans in ((edits.old, edits.deleted), (edits.new, edits.inserted)):
        for a, b in spans:
            aside = _bracketed_examples(text, a, b, openers)
            if DIGIT.search(text, a, b) or aside is None or _EXHAUSTIVE.search(text, a, b):
                return False
            asides.add(aside.lower().startswith("incl"))
    # "(including reasonable legal fees)" sets what a clause covers; "(e.g., ...)" only
    # illustrates it
    if asides == {True}:
        return False
    added = " ".join(edits.new[a:b] for a, b in edits.inserted)
    return not any(p.search(added) for p in sensitive)


def only_an_aside_of_examples_added(edits: Edits, sensitive: Sequence[re.Pattern[str]]) -> bool:
    """Return whether a changed clause only gains asides of examples in brackets ("share
    Content without all necessary rights" -> "... rights (for example, by posting a song
    someone else owns)"): an illustration of what it already says. Not "(including ...)",
    which sets what a clause covers, nor an aside with a number or sensitive words."""
    if not edits.old or not edits.new or not edits.inserted:
        return False
    if any(edits.old[a:b].strip(" ,.;") for a, b in edits.deleted):
        return False
    for a, b in edits.inserted:
        added = edits.new[a:b]
        if not _ASIDE_OF_EXAMPLES.fullmatch(added) or DIGIT.search(added):
            return False
        if _EXHAUSTIVE.search(added) or any(p.search(added) for p in sensitive):
            return False
    return True


# an aside of examples, whole: " (for example, by uploading the same video elsewhere)."
_ASIDE_OF_EXAMPLES = regexcache.compile(
    r"\s*\((for example|for instance|e\.g\.|eg|such as|like)\b[^()]{1,160}\)[\s.,;:]*", re.I
)


def _bracketed_examples(
    text: str, start: int, end: int, openers: Sequence[re.Pattern[str]]
) -> str | None:
    """Return the aside in brackets that text[start:end] lies in, when it opens with an
    opener of examples ("(e.g., ...)", "(including ...)") and holds no sentence of its
    own; else None."""
    bracket = text.rfind("(", max(0, start - ASIDE_CHARS), start + 1)
    close = text.find(")", end)
    if bracket < 0 or close < 0 or close - bracket > ASIDE_CHARS:
        return None
    inside = text[bracket + 1 : close].lstrip()
    if "(" in inside or _SENTENCE_END.search(inside):
        return None
    return inside if any(p.match(inside) for p in openers) else None


ASIDE_CHARS = 120  # characters of an aside of examples in brackets, at most
# words that make a list whole rather than a few examples ("(e.g., device IDs)" ->
# "(namely device IDs)")
_EXHAUSTIVE = regexcache.compile(
    r"\b(namely|i\.e\.|ie|that is|only|solely|specifically)(\W|$)", re.I
)


def _items(added: str) -> bool:
    """Return whether added text reads as items of a list: a few words each, naming
    things, not a clause of its own (", every time you log in")."""
    return all(
        len(_LETTERS.findall(item)) <= EXAMPLE_WORDS and not _CLAUSE.search(item)
        for item in _ITEM_BREAK.split(added)
    )


def _in_examples(text: str, start: int, end: int, openers: Sequence[re.Pattern[str]]) -> bool:
    """Return whether text[start:end] lies in a list of examples: after an opener in the
    same sentence, with no colon or semicolon between, and within its sentence."""
    # the opener lies within EXAMPLES_REACH before the edit, in the same sentence
    sentence = max(0, start - EXAMPLES_REACH - 20)
    for match in _SENTENCE_END.finditer(text, sentence, start):
        if not text[: match.start() + 1].lower().endswith(("e.g.", "i.e.")):
            sentence = match.end()
    opener = max(
        (
            m
            for p in openers
            for m in p.finditer(text, sentence, min(len(text), start + 12))
            if m.start() <= start + 1
        ),
        key=lambda m: m.start(),
        default=None,
    )
    if opener is None:
        return False
    between = text[opener.end() : start]
    if len(between) > EXAMPLES_REACH or ";" in between or ":" in between:
        return False
    if _LIST_END.search(between):
        return False
    stretch = text[opener.end() : end].replace("e.g.", "eg").replace("i.e.", "ie")
    return _SENTENCE_END.search(stretch) is None
