"""Whether an edit only says a clause another way: a few words put for others.

An edit that no rule names still changes a clause. When it puts a few words for
about as many others and keeps every word that sets how far the clause reaches (a
modal, a negation, a quantifier, a number, a condition, a party: `force_words` in the
vocabulary), it restates the clause; the classifier then calls it editorial, in a
clause on a topic whose kind file sets `topic_reworded` or in one no topic names
(see reworded).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .direction import word_leaning
from .editorial import confusable, frameworks_differ, reverses_meaning
from .edits import Edits
from .ruleset import RuleSet
from .words import DIGIT, WEB_ADDRESS, WORD, stem

REWORDED_WORDS = 60  # words an edit may change and only restate a clause
REWORDED_ADDED = 2  # words more it may put in than it takes out


def reworded(deleted: list[str], inserted: list[str], edits: Edits, rules: RuleSet) -> bool:
    """Return whether an edit only puts a few words for about as many others and keeps
    what the clause says: no number put in or taken out (one moved is kept), no
    contrast, no word of another force (see force_words), no condition crossed, no
    party or address changed, nothing for or against the user ("allows you to create
    routines which" -> "lets you create routines that")."""
    return (
        bool(deleted)
        and bool(inserted)
        and len(deleted) + len(inserted) <= REWORDED_WORDS
        and len(inserted) <= len(deleted) + REWORDED_ADDED
        and _replaces_words(deleted, inserted, rules)
        and not _spelt_alike(deleted, inserted, rules)
        and _numbers(deleted) == _numbers(inserted)
        and not reverses_meaning(deleted, inserted, rules)
        # the tests that read the whole texts last
        and not frameworks_differ(edits.old, edits.new, rules.transfer_frameworks)
        and not _edits_an_address(edits)
        and not _moved_across_a_condition(deleted, inserted, edits, rules)
        and _force(edits.old, edits.deleted, rules) == _force(edits.new, edits.inserted, rules)
        and word_leaning(rules, edits) == 0
    )


def _numbers(words: list[str]) -> Counter[str]:
    """Return the words with a digit among words, counted: an edit that only moves a
    number ("within 30 days of" -> "no later than 30 days after") keeps it."""
    return Counter(w for w in words if DIGIT.search(w))


def _moved_across_a_condition(
    deleted: list[str], inserted: list[str], edits: Edits, rules: RuleSet
) -> bool:
    """Return whether a word the edit moves now stands on the other side of a word
    of force it kept ("shared by us with partners unless you opt out" -> "We may share
    your data unless you opt out with partners"): the condition governs other words."""
    moved = (set(map(str.lower, deleted)) & set(map(str.lower, inserted))) - rules.function_words
    if not moved:
        return False
    old, new = _first_places(edits.old), _first_places(edits.new)
    kept = [w for w in old if w in new and w in _CONDITIONS and w not in moved]
    return any(
        (old[m] < old[k]) != (new[m] < new[k]) for m in moved if m in old and m in new for k in kept
    )


# the words that open a condition or an exception: what stands after them is governed
_CONDITIONS = frozenset({"unless", "except", "excluding", "only", "if", "provided", "subject"})


def _spelt_alike(deleted: list[str], inserted: list[str], rules: RuleSet) -> bool:
    """Return whether an edit puts one word for another spelt almost the same, which
    the editorial stage did not take for a typo fixed: another real word of the same
    letters ("saw" -> "was") or one of the vocabulary's confusables ("complimentary" ->
    "complementary")."""
    if len(deleted) != 1 or len(inserted) != 1:
        return False
    a, b = deleted[0].lower(), inserted[0].lower()
    if a == b or stem(a) == stem(b):
        return False
    return sorted(a) == sorted(b) or confusable(a, b, rules)


def _first_places(text: str) -> dict[str, int]:
    """Return where each word of text first stands, in lower case."""
    places: dict[str, int] = {}
    for match in WORD.finditer(text):
        places.setdefault(match.group().lower(), match.start())
    return places


def _edits_an_address(edits: Edits) -> bool:
    """Return whether an edit falls inside a web address written out: words of a
    link are no words said another way."""
    return any(
        any(a < address.end() and address.start() < b for address in WEB_ADDRESS.finditer(text))
        for text, spans in ((edits.old, edits.deleted), (edits.new, edits.inserted))
        for a, b in spans
    )


def _replaces_words(deleted: list[str], inserted: list[str], rules: RuleSet) -> bool:
    """Return whether an edit takes out words it does not put back, some of them or of
    those it puts in more than function words, and is no mere reordering: the same
    words in other places say another thing ("spam, scams ... ads" -> "spam, ads ...
    scams"), words only put around those taken out add to them ("name and address" ->
    "name, address and postcode"), and function words alone are the editorial stage's
    to weigh ("payable by you" -> "payable to you")."""
    taken, put = Counter(map(str.lower, deleted)), Counter(map(str.lower, inserted))
    function = rules.function_words
    return (
        bool(taken - put)
        and taken != put
        and any(w not in function for w in (taken - put) + (put - taken))
    )


def _force(text: str, spans: Sequence[tuple[int, int]], rules: RuleSet) -> Counter[str]:
    """Return the groups of rules.force_words that the edited spans of text hold,
    counted: what a rewording must keep to restate a term ("shall" -> "will" keeps it,
    "will refund" -> "may refund" does not). A word of duty or leave next to "not" is
    a prohibition, whichever it is ("must not" -> "may not", "are not allowed to"), and
    a contraction counts as its words ("don't" as "do not", "can't" as "cannot")."""
    groups, modals = rules.force_words, rules.duty_modals | rules.advice_modals
    found: Counter[str] = Counter()
    for start, end in spans:
        # the span and a word either side of it, which tell "not" beside a modal
        tokens = _force_tokens(text, max(0, start - _BESIDE), min(len(text), end + _BESIDE))
        for i, (at, word) in enumerate(tokens):
            if not start <= at < end:
                continue
            before = tokens[i - 1][1] if i else ""
            after = tokens[i + 1][1] if i + 1 < len(tokens) else ""
            if (word in modals or groups.get(word) == "may") and "not" in (before, after):
                found["not"] += 1
                continue
            if word == "not" and (before in _MODALS or groups.get(after) == "may"):
                continue  # counted with its modal
            if word in groups:
                found[groups[word]] += 1
            elif word in rules.ordinal_words and _counts_a_unit(tokens, i, rules):
                found["ordinal " + word] += 1  # "the first business day" -> "second"
            elif rules.quantity_words.get(word) and word not in _PRONOUN_UNITS:
                found["unit " + rules.quantity_words[word]] += 1  # "per month" -> "per year"
    return found


_BESIDE = 16  # characters read either side of an edit for the words beside it


def _counts_a_unit(tokens: list[tuple[int, str]], index: int, rules: RuleSet) -> bool:
    """Return whether one of the two words after tokens[index] is a unit of time or
    amount ("second business day", "third year"), so that an ordinal there counts."""
    return any(rules.quantity_words.get(word) for _, word in tokens[index + 1 : index + 3])


def _force_tokens(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Return the words of text[start:end] in lower case with where each starts,
    contractions read as their words ("won't" -> "will", "not"; "cannot" -> "can",
    "not")."""
    tokens: list[tuple[int, str]] = []
    for match in WORD.finditer(text, start, end):
        word, at = match.group().lower(), match.start()
        if word == "cannot":
            tokens += [(at, "can"), (at, "not")]
        elif word == "t" and tokens and text[at - 1 : at] in "'’":
            tokens[-1] = (tokens[-1][0], _CONTRACTED.get(tokens[-1][1], tokens[-1][1]))
            tokens.append((at, "not"))
        else:
            tokens.append((at, word))
    return tokens


# the first word of a contraction with "n't", as it is written out
_CONTRACTED = {
    "won": "will", "shan": "shall", "mustn": "must", "shouldn": "should",
    "couldn": "could", "wouldn": "would", "don": "do", "doesn": "does", "didn": "did",
}  # fmt: skip
_MODALS = frozenset({"must", "shall", "will", "may", "can", "could", "might", "should", "would"})


# words of quantity_words that are far more often a pronoun than a unit ("contact us")
_PRONOUN_UNITS = frozenset({"us", "u"})
