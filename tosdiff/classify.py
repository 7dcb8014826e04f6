"""Classify each change by kind, decide whether it is material, and keep the evidence.

The vocabulary lives in data: one TOML file per kind in ``tosdiff/rules/`` (loaded by
``tosdiff.ruleset``; see the header of any file for the format). Edits that change no
meaning are recognised by their shape in ``tosdiff.editorial``. This module applies
the rules to each change:

* a rule's ``patterns`` must match words that the change *touches* (inserted words on
  the new side, deleted words on the old side, or the whole clause when it is added or
  removed) — a keyword that merely sits in an unchanged part of the clause does not fire;
* ``requires`` patterns must appear somewhere in the clause or its heading (context);
* ``excludes`` patterns veto the rule when they appear in the sentence of the match.

Where each change edits its texts comes from ``tosdiff.edits``. Two detectors need more
than words and are named by rules: ``durations`` (a time period added, removed or
changed, with old and new values parsed; see ``tosdiff.periods``) and ``net-addition``
(the clause grows inside a context the rule requires, e.g. another item on a list of
prohibitions). Materiality then drops for update banners, sentences that only point to
more information, and edits that repeat or move text already in the agreement.

Patterns are matched through ``tosdiff.scan``: one pass over the text near the edits
finds where each pattern may start, and the regex runs only there.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, partial

from . import regexcache
from .dates import is_date_line
from .direction import direction_of, word_leaning
from .duties import RESTATED, only_duties_restated, weigh_duties
from .editorial import (
    LIST_ITEM_EDGE,
    Renames,
    changed_words,
    dates_the_document,
    editorial_reason,
    equivalent_replacements,
    is_date_only,
    legal_forms_in,
    plan_renamed,
    renamed_with_former_name,
    reverses_meaning,
    same_legal_forms,
    same_terms,
    swaps_a_few_terms,
)
from .edits import (
    FULL_STOP_END,
    SENTENCE_END,
    Edits,
    added_sentences,
    clauses_of,
    edit_places,
    edits_of,
    removed_sentences,
    sentence_around,
    sentence_of,
    sentence_start,
    touched_sentences,
    windows,
)
from .example_lists import (
    only_an_aside_of_examples_added,
    only_examples_added,
    only_examples_removed,
    only_examples_reworded,
)
from .limits import count_replaced, limit_evidence
from .model import Change, Clause, Document, Evidence, Report
from .moved import MovedText
from .periods import (
    cap_measure_evidence,
    name_period,
    period_evidence,
    periods_unchanged,
    what_the_period_governs,
)
from .restatement import reworded
from .ruleset import KINDS, LANGUAGE_SAMPLE_CHARS, Rule, RuleSet
from .scan import Hits, Scanner, required_literals
from .words import WEB_ADDRESS, WORD, is_word_char, lower_words, stem

DOMINANCE = 0.25  # an added clause keeps kinds with a quarter of the top kind's matches
TOPIC_MIN_MATCHES = 1  # one mention near the edit (or in the lead-in) gives the topic
COUNT_CHARS = 4000  # what a clause is about shows in its first pages; bounds the cost
_LEAD_IN = ("below", "the following", "example of", "examples of")  # words, lower case
NET_ADDITION_WORDS = 3  # words a list item must grow by to add a duty
LEAD_IN_REACH = 40  # clauses to look back for the sentence that introduces a list
LEAD_IN_CHARS = 800  # of a lead-in, what tells the topic of the list below it
LEAD_IN_WORDS = 5  # a sentence that introduces a list, not a label ("Follow us:")
BANNER_CHARS = 1000  # an update banner says what it is in its first sentences
CONTACT_LINE_WORDS = 25  # a new clause this short giving contact details is an address line
SUBSTANTIVE_WORDS = 6  # fewer changed words than this, with no kind, is not material
# ... and in a clause that stays, where a few words put for others (ten for ten) seldom
# change terms users must be told of, unless they are words for or against users
SUBSTANTIVE_EDIT_WORDS = 20
_OWN_NUMBER = regexcache.compile(r"^\W*\d+(\.\d+)*\.?\s+")
REFERENCE_WORDS = 12  # changed words beyond which a mere reference no longer explains a change


@dataclass(frozen=True)
class _Sides:
    """A change's edits (see tosdiff.edits) with what the rules read around them."""

    edits: Edits
    heading: str  # of the change's clause
    # the text of the enclosing clause: asked for only when a rule needs the context,
    # since finding it means looking back through the clauses before
    parent_of: Callable[[], str]
    # where rule patterns may start near the edits of each side (see tosdiff.scan)
    old_hits: Hits
    new_hits: Hits
    # terms the report renames throughout, which the edits leave out
    renames: Renames = frozenset()
    # whether the sentence of a match in the text the change adds ("inserted") or
    # removes ("deleted") only moved there from another changed clause
    moved: Callable[[str, re.Match[str], str], bool] = lambda text, match, side: False

    @cached_property
    def parent(self) -> str:
        """The text of the enclosing clause (or the sentences that introduce a list)."""
        return self.parent_of()

    @cached_property
    def setting(self) -> str:
        """The clause's heading and the opening of its enclosing clause: what a passage
        that names nothing itself is read under ("How long we keep your data")."""
        return f"{self.heading}\n{self.parent[:LEAD_IN_CHARS]}"

    @cached_property
    def context(self) -> str:
        """Heading, enclosing clause and both texts: where `requires` look."""
        heading = "\n".join(filter(None, [self.heading, self.parent]))
        return f"{heading}\n{self.old}\n{self.new}"

    @property
    def old(self) -> str:
        """The old text of the change."""
        return self.edits.old

    @property
    def new(self) -> str:
        """The new text of the change."""
        return self.edits.new

    @property
    def deleted(self) -> tuple[tuple[int, int], ...]:
        """The spans of the old text that were deleted."""
        return self.edits.deleted

    @property
    def inserted(self) -> tuple[tuple[int, int], ...]:
        """The spans of the new text that were inserted."""
        return self.edits.inserted

    @cached_property
    def deleted_windows(self) -> list[tuple[int, int]]:
        """The stretches of the old text around deletions where rule patterns may match."""
        return windows(self.deleted, len(self.old))

    @cached_property
    def inserted_windows(self) -> list[tuple[int, int]]:
        """The stretches of the new text around insertions where rule patterns may match."""
        return windows(self.inserted, len(self.new))

    @cached_property
    def context_lowered(self) -> str:
        """The context in lower case, for Scanner.search."""
        return self.context.lower()


def _sides(
    change: Change,
    scanner: Scanner,
    parent_of: Callable[[], str] = str,
    renames: Renames = frozenset(),
    moved: MovedText[Change] | None = None,
) -> _Sides:
    """Return the edits of a change with where rule patterns may match near them;
    parent_of returns the enclosing clause's text."""
    clause = change.new or change.old
    edits = edits_of(change, renames)
    old, new = edits.old, edits.new
    if change.old is None or change.new is None:
        old_hits, new_hits = scanner.hits(old), scanner.hits(new)
    else:
        # the topic of an edit is read up to TOPIC_REACH from it, rules match up to WINDOW
        old_regions = tuple(windows(edits.deleted, len(old)))
        new_regions = tuple(windows(edits.edits_in_new, len(new), TOPIC_REACH))
        old_hits, new_hits = scanner.hits(old, old_regions), scanner.hits(new, new_regions)
    heading = (clause.heading if clause else None) or ""
    if moved is None or change.old is None or change.new is None:
        # a clause added or removed whole keeps its kinds; whether it only moved
        # decides its materiality (see MovedText.only_moves)
        return _Sides(edits, heading, parent_of, old_hits, new_hits, renames)

    def is_moved(text: str, match: re.Match[str], side: str) -> bool:
        return moved.written(match.group(0), side) and moved.moved(
            change, sentence_of(text, match), side
        )

    return _Sides(edits, heading, parent_of, old_hits, new_hits, renames, is_moved)


def _touching(
    pattern: re.Pattern[str],
    hits: Hits,
    spans: tuple[tuple[int, int], ...],
    near: list[tuple[int, int]],
) -> re.Match[str] | None:
    """Return the first match of pattern that overlaps an edited span by a word character;
    near holds the stretches of text around the spans where a match may lie."""
    if not spans:
        return None
    text = hits.text
    if len(spans) == 1 and spans[0] == (0, len(text)):  # a whole clause added or removed
        match = hits.search(pattern)
        return match if match and WORD.search(match.group(0)) else None
    for a, b in near:
        for match in hits.finditer(pattern, a, b):
            start, end = match.span()
            for x, y in spans:
                lo, hi = max(start, x), min(end, y)
                if lo < hi and _edits_a_term(text, lo, hi):
                    return match
    return None


_CONJUNCTION_ONLY = frozenset({"and", "or", "but"})


def _edits_a_term(text: str, start: int, end: int) -> bool:
    """Return whether text[start:end], where a match overlaps an edit, holds a word
    other than a conjunction: "and must not" -> "but must not" adds no prohibition."""
    return any(w.lower() not in _CONJUNCTION_ONLY for w in WORD.findall(text, start, end))


def _may_fire(rule: Rule, sides: _Sides, ids: frozenset[int] | None) -> bool:
    """Return False when none of a trigger rule's patterns occurs near the edits of a
    side it reads (so it cannot fire); True for detectors and context rules."""
    if rule.detector is not None or rule.side == "context":
        return True
    return (rule.side != "deleted" and sides.new_hits.any_of(ids)) or (
        rule.side != "inserted" and sides.old_hits.any_of(ids)
    )


def _fire(rule: Rule, change: Change, sides: _Sides, scanner: Scanner) -> list[Evidence]:
    """Return the evidence of one rule on one change (empty when it does not fire)."""
    found = _fire_unchecked(rule, change, sides, scanner)
    # the context requirement scans the whole clause, so it is checked last
    if found and not _context_holds(rule, sides, scanner):
        return []
    return found


def _fire_in_clause(rule: Rule, sides: _Sides, scanner: Scanner) -> list[Evidence]:
    """Return the evidence of a context rule: a match anywhere in either version of the
    clause, edited or not."""
    for pattern in rule.patterns:
        for text in (sides.new, sides.old):
            if _lacks_a_sign(pattern, text):
                continue  # a clause without "|" holds no table row: no text to lower-case
            match = scanner.search(pattern, text, text.lower())
            if match is None or not WORD.search(match.group(0)):
                continue
            sentence = sentence_of(text, match)
            if rule.excludes and any(p.search(sentence) for p in rule.excludes):
                continue
            return [Evidence(rule.kind, rule.id, "context", match.group(0), rule.explain)]
    return []


def _lacks_a_sign(pattern: re.Pattern[str], text: str) -> bool:
    """Return whether text lacks every one of a set of signs (strings without letters,
    such as "|") one of which each match of pattern holds."""
    return any(
        not any(sign in text for sign in signs)
        for signs in required_literals(pattern)
        if not any(char.isalpha() for sign in signs for char in sign)
    )


def _words_kept(rule: Rule, sides: _Sides, side: str) -> bool:
    """Return whether a change neither took out (side "deleted") nor put in (side
    "inserted") any of a rule's kept_words, counted over the whole clause: the words
    were moved or restated ("may only use" -> "may use ... only")."""
    if not rule.kept_words:
        return False
    counts = [(len(p.findall(sides.old)), len(p.findall(sides.new))) for p in rule.kept_words]
    if side == "deleted":
        return all(after >= before for before, after in counts)
    return all(after <= before for before, after in counts)


def _fire_unchecked(rule: Rule, change: Change, sides: _Sides, scanner: Scanner) -> list[Evidence]:
    """Return the evidence of one rule, before its context requirement is checked."""
    if rule.detector == "durations":
        return period_evidence(rule, sides.edits)
    if rule.detector == "net-removal":  # an item taken off the list, whole or in the text
        found = _net_removal(rule, change, sides.renames)
        if (
            found
            and rule.added_words
            and not _qualifier_of_a_rule(rule, sides, scanner)
            and not _qualifier_of_a_listed_rule(rule, change, sides, scanner)
        ):
            return []
        return found
    if rule.detector == "item-removed":
        return _item_removed(rule, change, sides)
    if rule.detector == "item-added":
        return _item_added(rule, change, sides)
    if rule.detector == "net-addition":
        # an added clause counts as an item when it is one, or reads as a rule of a
        # list that no sentence introduces
        listed = change.new is not None and (
            change.new.is_item or (change.old is None and sides.parent == RULE_ITEM_LEAD_IN)
        )
        found = _net_addition(rule, change, sides.renames, listed=listed)
        if (
            found
            and rule.in_required_sentence
            and change.old is not None
            and change.new is not None
            # an item is read with its lead-in, a bare rule item as a rule
            and not change.new.is_item
            and sides.parent != RULE_ITEM_LEAD_IN
            and not _qualifier_of_a_rule(rule, sides, scanner, inserted=True)
        ):
            return []
        return found
    if rule.detector in ("limit-tightened", "limit-loosened"):
        return limit_evidence(rule, sides.edits, tightened=rule.detector == "limit-tightened")
    if rule.detector == "cap-measure":
        return cap_measure_evidence(rule, sides.edits)
    if rule.detector == "made-advice":
        return _made_advice(rule, sides)
    if rule.side == "context":
        return _fire_in_clause(rule, sides, scanner)
    found = []
    if rule.side in ("inserted", "changed"):
        found += _fire_on_side(rule, sides, "inserted")
    if rule.side in ("deleted", "changed"):
        found += _fire_on_side(rule, sides, "deleted")
    return found


def _fire_on_side(rule: Rule, sides: _Sides, side: str) -> list[Evidence]:
    """Return the evidence of a trigger rule's first pattern that matches beside an edit
    of one side ("inserted" or "deleted") and is not vetoed there."""
    if side == "inserted":
        hits, spans, reach = sides.new_hits, sides.inserted, sides.inserted_windows
    else:
        hits, spans, reach = sides.old_hits, sides.deleted, sides.deleted_windows
    text = hits.text
    for pattern in hits.candidates(rule.patterns):
        match = _touching(pattern, hits, spans, reach)
        if match is None:
            continue
        # what a sentence is about shows across the items of its list
        if rule.excludes and any(
            p.search(sentence_of(text, match, FULL_STOP_END)) for p in rule.excludes
        ):
            continue
        # "dmca@example.com", ".../privacy-policy": an address, no terms; nor is
        # "Limitation of Liability," in a list of the sections that survive
        if _in_address(text, match) or _in_a_quoted_title(text, match):
            continue
        start, end = match.span()
        # words wholly inserted may have come from another changed clause
        if (
            side == "inserted"
            and any(x <= start and end <= y for x, y in spans)
            and sides.moved(text, match, side)
        ):
            continue
        # (counted over both whole clauses, so read only once a match stands)
        if _words_kept(rule, sides, side):
            return []
        return [Evidence(rule.kind, rule.id, side, match.group(0), rule.explain)]
    return []


def _made_advice(rule: Rule, sides: _Sides) -> list[Evidence]:
    """Return evidence when an edit takes words of requirement out of a clause (it holds
    fewer of the rule's kept_words) and puts in a word of advice (one of its
    added_words, which the clause now holds more often): "must be in their original
    packaging" -> "should be unused"."""
    inserted = " ".join(sides.new[start:end] for start, end in sides.inserted).lower()
    for pattern in rule.added_words:
        if any(not any(s in inserted for s in options) for options in required_literals(pattern)):
            continue  # (a quick look: a word every match holds is not put in)
        for start, end in sides.inserted:
            match = pattern.search(sides.new, start, end)
            if match is None:
                continue
            sentence = sentence_of(sides.new, match, FULL_STOP_END)
            if any(p.search(sentence) for p in rule.excludes):
                continue
            # (counted over both whole clauses, so read only once a word of advice stands)
            if len(pattern.findall(sides.new)) <= len(pattern.findall(sides.old)):
                break
            if _words_kept(rule, sides, "deleted"):
                return []
            return [Evidence(rule.kind, rule.id, "inserted", match.group(0), rule.explain)]
    return []


def _net_addition(
    rule: Rule, change: Change, renames: Renames, *, listed: bool = False
) -> list[Evidence]:
    """Return evidence when a change grows its clause by NET_ADDITION_WORDS words or
    more (another item on a list: listed tells that an added clause is one), unless
    the added words are excluded."""
    if change.new is None or (change.old is None and not listed):
        return []  # an added paragraph is no item on a list
    deleted, inserted = changed_words(change, renames)
    if change.old is None:  # a new item on the list
        inserted = WORD.findall(change.new.text)
    if len(inserted) < len(deleted) + NET_ADDITION_WORDS:
        return []
    added = " ".join(inserted)
    if change.old is not None and (opener := _in_exception(change)) is not None:
        # words written into an exception ("other than personal use" + "or for teaching")
        # are read with the word that opens it: they widen the exception
        added = f"{opener} {added}"
    if rule.excludes and any(p.search(added) for p in rule.excludes):
        return []
    if rule.added_words and not any(p.search(added) for p in rule.added_words):
        return []
    explanation = rule.explain or "Clause extended"
    return [Evidence(rule.kind, rule.id, "inserted", " ".join(inserted[:12]), explanation)]


def _in_exception(change: Change) -> str | None:
    """Return the word that opens the exception ("other than", "except", "unless") the
    first words a change inserts extend, or None: the opener stands earlier in their
    sentence with no duty or ban between."""
    before = ""
    for segment in change.redline:
        if segment.op == "insert" and WORD.search(segment.text):
            match = _EXCEPTION_TAIL.search(before)
            return match.group(1).lower() if match else None
        if segment.op != "delete":
            before += segment.text
    return None


# an exception still open at the end of a text: its opener, then no end of sentence and
# no new duty or ban ("..., other than personal, non-commercial use")
_EXCEPTION_TAIL = regexcache.compile(
    r"\b(other than|except|unless|apart from|excluding|save for|with the exception of)\b"
    r"(?![^.;:!?]*\b(must|shall|may not|must not|cannot|agree)\b)[^.;:!?]*$",
    re.I,
)


def _qualifier_of_a_rule(
    rule: Rule, sides: _Sides, scanner: Scanner, inserted: bool = False
) -> bool:
    """Return whether the words a change cuts (or, with inserted, writes in) qualify
    what the sentence around them requires: each cut leaves words of its sentence, one
    of which holds what the rule requires ("You may not resell the Service for
    commercial purposes"). A sentence cut or written whole ("If you are 13 to 18, you
    may only use the Services with ...") or words beside a right of ours ("we may
    suspend you if we believe ...") qualify no ban."""
    if not rule.requires:
        return True
    text, spans = (sides.new, sides.inserted) if inserted else (sides.old, sides.deleted)
    return all(_qualifies_a_rule(rule, scanner, text, start, end, inserted) for start, end in spans)


def _qualifier_of_a_listed_rule(
    rule: Rule, change: Change, sides: _Sides, scanner: Scanner
) -> bool:
    """Return whether the words a change cuts from an item of a list qualify what the
    lead-in of the list requires: each cut leaves words of the item, and the lead-in
    holds what the rule requires ("you may not show or promote:" over "Dangerous
    consumption of alcohol" -> "Consumption of alcohol")."""
    if change.old is None or not change.old.is_item or not rule.requires:
        return False
    text = sides.old
    if not all(WORD.search(text[:start] + text[end:]) for start, end in sides.deleted):
        return False
    return _holds_required(rule, scanner, sides.parent)


def _qualifies_a_rule(
    rule: Rule, scanner: Scanner, text: str, start: int, end: int, inserted: bool
) -> bool:
    """Return whether the words text[start:end], cut (or, with inserted, written in),
    qualify what the sentence around them requires (see _qualifier_of_a_rule)."""
    edited = text[start:end]
    # (a cut that ends or opens a sentence is no qualifier in one)
    sentence = touched_sentences(text, ((start, end),))
    if len(sentence) == 1 and _keeps_required(rule, scanner, sentence[0], edited):
        return True
    if not inserted:
        return False
    # words written into a list that a colon opens, its items parted by semicolons, are
    # read with the sentence that opens it ("You must tell us if any of the following
    # change: your address; ...; or any new driver")
    whole = touched_sentences(text, ((start, end),), FULL_STOP_END)
    if (
        len(whole) == 1
        and ":" in text[sentence_start(text, start, FULL_STOP_END) : start]
        and _keeps_required(rule, scanner, whole[0], edited)
    ):
        return True
    return _elaborates_a_rule(rule, scanner, text, start, end)


def _elaborates_a_rule(rule: Rule, scanner: Scanner, text: str, start: int, end: int) -> bool:
    """Return whether the words text[start:end] written in are sentences that say what
    the sentence before them covers ("Generating content that violates the privacy of
    others is prohibited." + "This includes using someone else's likeness ..."), and
    that sentence holds what the rule requires: they widen its ban."""
    written = text[start:end].lstrip()
    if _ELABORATION.match(written) is None:
        return False
    at = end - len(written)
    return _holds_required(rule, scanner, text[sentence_start(text, max(0, at - 2)) : at])


# a sentence that tells what the one before it covers
_ELABORATION = regexcache.compile(
    r"(this|these|that|such (conduct|content|behaviou?r))\s+"
    r"(also\s+)?(includes?|covers?|extends? to)\b",
    re.I,
)


def _keeps_required(rule: Rule, scanner: Scanner, sentence: str, edited: str) -> bool:
    """Return whether a sentence, without the words edited in it, still holds what the
    rule requires."""
    return _holds_required(rule, scanner, sentence.replace(edited.strip(), " ", 1))


def _holds_required(rule: Rule, scanner: Scanner, text: str) -> bool:
    """Return whether text has words and holds one of the patterns the rule requires."""
    if not WORD.search(text):
        return False
    lowered = text.lower()
    return any(scanner.search(p, text, lowered) for p in rule.requires)


def _net_removal(rule: Rule, change: Change, renames: Renames) -> list[Evidence]:
    """Return evidence when a change takes an item off a list: a whole clause removed,
    or NET_ADDITION_WORDS words or more cut from a list written in a sentence ("; or
    (c) use a VPN ...", with at most an "or" or "and" moved), unless the words it drops
    are excluded (an exception or a qualifier dropped widens a duty). A rule with
    added_words reads instead words cut from a clause that stays, anywhere, when they
    match one of them (a qualifier dropped: "... for commercial purposes", or the one
    word "knowingly")."""
    if change.old is None or (change.new is None and rule.added_words):
        return []  # words dropped from a clause that stays, not the whole clause
    deleted, inserted = changed_words(change, renames)
    if change.new is None:
        deleted = WORD.findall(change.old.text)
    else:
        # a word that opens the item once the words before it are cut is kept, not cut
        # and put back ("Dangerous consumption" -> "Consumption")
        deleted, inserted = _without_recapitalised(deleted, inserted)
    if change.new is not None and (
        # a qualifier dropped may be a single word ("intentionally using ...")
        len(deleted) < len(inserted) + (1 if rule.added_words else NET_ADDITION_WORDS)
        or not {w.lower() for w in inserted} <= _CONJUNCTIONS
        # an item of a list ends at a comma or a semicolon, cut with the item or put
        # where it was ("the Service or access the Service or" -> "the Service; or");
        # a qualifier need not
        or not (
            rule.added_words
            or any(s.op != "equal" and LIST_ITEM_EDGE.search(s.text) for s in change.redline)
        )
    ):
        return []
    dropped = " ".join(deleted)
    if change.new is not None and rule.excludes and any(p.search(dropped) for p in rule.excludes):
        return []
    if rule.added_words and not any(p.search(dropped) for p in rule.added_words):
        return []
    return [Evidence(rule.kind, rule.id, "deleted", " ".join(deleted[:12]), rule.explain)]


_CONJUNCTIONS = frozenset({"or", "and"})


def _without_recapitalised(deleted: list[str], inserted: list[str]) -> tuple[list[str], list[str]]:
    """Return the deleted and inserted words of a change without the words that were
    only written with another initial: each inserted word that a deleted word spells
    but for its case, and that deleted word."""
    if not inserted or not deleted:
        return deleted, inserted
    by_lower: dict[str, list[int]] = {}
    for at, cut in enumerate(deleted):
        by_lower.setdefault(cut.lower(), []).append(at)
    twinned: set[int] = set()
    kept_inserted = []
    for word in inserted:
        twins = by_lower.get(word.lower(), ())
        twin = next((at for at in twins if at not in twinned and deleted[at] != word), None)
        if twin is None:
            kept_inserted.append(word)
        else:
            twinned.add(twin)
    if not twinned:
        return deleted, inserted
    return [cut for at, cut in enumerate(deleted) if at not in twinned], kept_inserted


def _item_removed(rule: Rule, change: Change, sides: _Sides) -> list[Evidence]:
    """Return evidence when a change removes a whole clause (an item of a list, or a
    rule written alone), unless the sentences that introduce its list match one of the
    rule's excludes (a list of examples: "Here are some examples of content that's not
    allowed")."""
    if change.old is None or change.new is not None:
        return []
    if rule.excludes and any(p.search(sides.parent) for p in rule.excludes):
        return []
    words = WORD.findall(change.old.text)
    return [Evidence(rule.kind, rule.id, "deleted", " ".join(words[:12]), rule.explain)]


def _item_added(rule: Rule, change: Change, sides: _Sides) -> list[Evidence]:
    """Return evidence when a change adds a whole item to a list, however short ("[Quora
    Ads](...)" under "Our websites may set cookies from the following partners:"),
    unless the sentences that introduce its list match one of the rule's excludes."""
    if change.new is None or change.old is not None or not change.new.is_item:
        return []
    if rule.excludes and any(p.search(sides.parent) for p in rule.excludes):
        return []
    words = WORD.findall(change.new.text)
    return [Evidence(rule.kind, rule.id, "inserted", " ".join(words[:12]), rule.explain)]


def _listed_entry(change: Change, rules: RuleSet, lead_in: str) -> bool:
    """Return whether an item a change adds or removes whole stands in a list whose
    lead-in a rule that reads added (or removed) items requires: an entry of that list,
    whatever it holds, even a link alone."""
    clause = change.new or change.old
    if clause is None or not clause.is_item or (change.old is None) == (change.new is None):
        return False
    detector = "item-added" if change.old is None else "item-removed"
    lowered = lead_in.lower()
    return any(
        rules.scanner.search(p, lead_in, lowered)
        for rule in rules.all_rules
        if rule.detector == detector
        for p in rule.requires
    )


def _only_informational(sides: _Sides, rules: RuleSet) -> bool:
    """Return whether every sentence the change adds only points to more information,
    and every sentence it edits did so before ("see the Tax page in Seller Central
    Help" -> "in the Seller Help Center"); or, when it adds none, whether every sentence
    it takes out (a whole clause too) only pointed somewhere."""
    if not rules.informational:
        return False

    def pointers(text: str, spans: tuple[tuple[int, int], ...]) -> bool:
        # span by span: the first sentence that is no pointer ends the search; and the
        # edit must lie in or after the pointer, not before it ("cookies, including
        # pixels our partners place (To find out more, please see ...)" adds terms)
        return all(
            any(rules.scanner.search(p, x, x.lower()) for p in rules.informational)
            for span in spans
            for x in touched_sentences(text, (span,))
        ) and all(_edit_in_pointer(text, span, rules) for span in spans)

    if any(_CONDITION_ADDED.search(sides.new, x, y) for x, y in sides.inserted):
        # a condition put on what a pointer offers ("exercise your choices via Manage
        # Cookies, provided that you reside in the EEA") is a term
        return False
    if not sides.inserted:
        # a pointer taken out of a clause that stays ("So please read those terms
        # carefully."), or a clause that was only a pointer, takes no terms with it
        return (
            bool(sides.deleted)
            and bool(touched_sentences(sides.old, sides.deleted))
            and pointers(sides.old, sides.deleted)
        )
    # the sentences added first: most edits add terms, and the first one tells
    return (
        pointers(sides.new, sides.inserted)
        and bool(touched_sentences(sides.new, sides.inserted))
        and (not sides.deleted or pointers(sides.old, sides.deleted))
    )


_CONDITION_ADDED = regexcache.compile(
    r"\b(provided (that|you)|only (if|where|when)|unless|except|subject to|as long as)\b", re.I
)


def _edit_in_pointer(text: str, span: tuple[int, int], rules: RuleSet) -> bool:
    """Return whether an edited span of text belongs to a pointer to more information
    in its sentence: the pointer starts before the edit ends, or the edit is a few words
    (a link's text) just before it ("check out [this article] to learn more")."""
    edited = text[span[0] : span[1]]
    if not edited.strip():
        return True
    # from the edit's first character that is not a space ("... Section. As explained")
    start = sentence_start(text, span[0] + len(edited) - len(edited.lstrip()))
    end_match = SENTENCE_END.search(text, span[1])
    sentence = text[start : end_match.start() if end_match else len(text)]
    lowered = sentence.lower()
    reach = span[1] - start + (POINTER_REACH if len(WORD.findall(edited)) <= 6 else 0)
    return any(
        (m := rules.scanner.search(p, sentence, lowered)) is not None and m.start() < reach
        for p in rules.informational
    )


POINTER_REACH = 80  # characters after a short edit where the pointer it belongs to may start


def _count(rule: Rule, hits: Hits, start: int = 0, end: int = COUNT_CHARS) -> int:
    """Return how many times a rule's patterns occur in text[start:end] (by default,
    the first COUNT_CHARS characters)."""
    return sum(hits.count(p, start, end) for p in rule.patterns)


def _dominant(evidence: list[Evidence], rules: RuleSet, sides: _Sides) -> list[Evidence]:
    """Keep the evidence of the kinds an added or removed clause is mostly about."""
    hits = sides.new_hits if sides.new else sides.old_hits
    weight: dict[str, int] = {}
    for item in evidence:
        spec = rules.kinds[item.kind]
        count = sum(_count(rule, hits) for rule in spec.rules) or 1
        if item.old is not None or item.new is not None:
            count += 2  # a parsed period is strong evidence on its own
        weight[item.kind] = max(weight.get(item.kind, 0), count)
    if not weight:
        return evidence
    top = max(weight.values())
    keep = {k for k, w in weight.items() if w >= max(1, DOMINANCE * top)}
    return [e for e in evidence if e.kind in keep]


_BOUND_ONLY = regexcache.compile(r"\s*(no|not) later than\s*", re.I)
_NOTICE = regexcache.compile(r"\bnotice\b", re.I)
_NO_NOTICE = regexcache.compile(r"\b(without|no)\b(\s+\w+){0,3}\s+notice\b", re.I)


def _bound_reworded(item: Evidence, sides: _Sides) -> bool:
    """Return whether a notice-period evidence names only how a period is bounded
    ("no later than"), or names notice that the other side still gives ("prior written
    notice" -> "written notice")."""
    if item.kind != "notice-period" or item.old is not None or item.new is not None:
        return False
    if _BOUND_ONLY.fullmatch(item.match):
        return True
    other = {"deleted": sides.new, "inserted": sides.old}.get(item.side)
    return (
        other is not None
        and bool(_NOTICE.search(item.match))
        and bool(_NOTICE.search(other))
        # "without any prior notice" on either side takes notice away
        and not any(_NO_NOTICE.search(text) for text in (item.match, other))
    )


def _material(item: Evidence, rules: RuleSet, by_id: dict[str, Rule]) -> bool:
    """Return whether one piece of evidence makes its change material."""
    rule = by_id.get(item.rule)
    if rule is not None and rule.material is not None:
        return rule.material
    return rules.kinds[item.kind].material


TOPIC_REACH = 200  # characters around an edit that tell what the edited passage is about


def _mentions(rule: Rule, hits: Hits) -> int:
    """Return how often a rule's patterns occur in the scanned regions of a text,
    leaving out matches whose sentence the rule excludes ("payment fraud" is no fee)."""
    if not rule.excludes:
        return sum(hits.count_scanned(p) for p in rule.patterns)
    excluded: dict[str, bool] = {}  # by sentence: a sentence often holds several matches
    count = 0
    for pattern in rule.patterns:
        if hits.absent(pattern):
            continue
        for match in hits.finditer_scanned(pattern):
            sentence = sentence_of(hits.text, match)
            if sentence not in excluded:
                excluded[sentence] = any(x.search(sentence) for x in rule.excludes)
            count += not excluded[sentence]
    return count


def _read_context(
    change: Change,
    verdict: tuple[list[str], bool, list[Evidence]],
    rules: RuleSet,
    sides: _Sides,
    counts: dict[tuple[str, str], int] | None,
    words: tuple[list[str], list[str]],
) -> tuple[list[str], bool, list[Evidence]]:
    """Return the kinds, materiality and evidence of a change once what its clause is
    about is read: a changed clause no rule names takes its topic, as does a clause of
    some length added or removed whole (a new item under "WE ARE NOT LIABLE FOR:", a
    new paragraph under "Warranty"), unless it only points elsewhere; and a mere reference
    (a law, a policy named) found where many words changed takes the topic of its own
    kind ("If you are a California resident, you may opt out" -> "If you live in
    California, Colorado or another U.S. state with a comparable privacy law")."""
    kinds, material, evidence = verdict
    if not material and _only_referenced(change, evidence, rules.by_id, *words):
        about = _about(kinds, rules, sides, counts)
        if about is not None:
            return kinds, rules.kinds[about.kind].material, [about]
        # the reference only names a document ("our Privacy Policy"): what the clause
        # is about decides
        topic = _topic(rules, sides, counts if counts is not None else {})
        if topic is not None and topic.kind not in kinds:
            return [topic.kind], rules.kinds[topic.kind].material, [topic]
    if not kinds and change.old is not None and change.new is not None:
        topic = _topic(rules, sides, counts if counts is not None else {})
        if topic is not None and (restated := _restated(change, rules, sides.edits, *words)):
            return ["editorial"], False, [restated]
        if topic is not None:
            topic = _topic_read_as(topic, rules, sides.edits, *words)
            return [topic.kind], rules.kinds[topic.kind].material, [*evidence, topic]
    if (
        not kinds
        and (change.old is None) != (change.new is None)
        and (
            len(WORD.findall(sides.new or sides.old)) >= SUBSTANTIVE_WORDS
            or _item_of_a_sentence(change, sides)
        )
        and not _only_informational(sides, rules)
    ):
        # a clause added whole is read by the rules of added words, one removed whole
        # by those of removed words: an added ban is no duty taken out
        missing = "deleted" if change.old is None else "inserted"
        topic = _topic(rules, sides, counts if counts is not None else {}, unread=missing)
        if topic is not None:
            verb = "Adds" if change.old is None else "Removes"
            topic = replace(topic, explanation=f"{verb} text on {rules.kinds[topic.kind].topic}")
            return [topic.kind], rules.kinds[topic.kind].material, [*evidence, topic]
    return kinds, material, evidence


def _item_of_a_sentence(change: Change, sides: _Sides) -> bool:
    """Return whether an added or removed clause is an item of a list that a sentence
    introduces, written as a part of that sentence ("You must not post anything we
    believe to be:" + "misinformation;"): however short, it says what the sentence says
    of it. (An item without the separator may be a label put for another in place:
    "Broadcasting" -> "Going live".)"""
    return (
        _is_item(change)
        and _SERIES_ITEM_END.search(sides.new or sides.old) is not None
        and _opens_a_list(sides.parent)
    )


_SERIES_ITEM_END = regexcache.compile(r"(?:[;,]|\b(?:and|or))\s*$")


def _topic_read_as(
    topic: Evidence, rules: RuleSet, edits: Edits, deleted: list[str], inserted: list[str]
) -> Evidence:
    """Return the topic evidence of an edit no rule names, turned into the kind its
    topic's file names for an edit that only takes words out (topic_deleted: "you must:
    provide ...; use your everyday name; keep ..." -> "... provide ...; keep ...") or
    only puts a few words for about as many others (topic_reworded), or a word of advice
    for one of duty ("must revise" -> "should revise": topic_deleted too); topic itself
    otherwise. Taking out words of an exception ("other than approved tools and voice
    chat") binds users more, and numbers, contrasts, a word of duty for one of advice or
    words against the user are never a restatement."""
    spec = rules.kinds[topic.kind]
    shift = _modal_shift(deleted, inserted, rules)
    if shift > 0:
        return topic  # advice made a duty
    if shift < 0 and spec.topic_deleted:
        return replace(topic, kind=spec.topic_deleted, explanation=_MADE_ADVICE + spec.topic)
    if spec.topic_deleted and deleted and not inserted:
        if not _inside_an_exception(edits, rules):
            return replace(topic, kind=spec.topic_deleted, explanation=_TAKEN_OUT + spec.topic)
    elif spec.topic_reworded and reworded(deleted, inserted, edits, rules):
        return replace(topic, kind=spec.topic_reworded, explanation=_REWORDED + spec.topic)
    return topic


def _inside_an_exception(edits: Edits, rules: RuleSet) -> bool:
    """Return whether a deletion takes out words of an exception or a qualification
    (rules.exception_words), in what it deletes or before it in its sentence: "other
    than search engines and screen readers" -> "other than search engines"."""
    return any(
        not rules.exception_words.isdisjoint(
            lower_words(edits.old[sentence_start(edits.old, start) : end])
        )
        for start, end in edits.deleted
    )


def _modal_shift(deleted: list[str], inserted: list[str], rules: RuleSet) -> int:
    """Return -1 when an edit only puts words of advice for words of duty ("must" ->
    "should"; rules.duty_modals, rules.advice_modals), +1 for the other way round, else 0."""
    taken = {w.lower() for w in deleted}
    put = {w.lower() for w in inserted}
    if not taken or not put:
        return 0
    if taken <= rules.duty_modals and put <= rules.advice_modals:
        return -1
    if taken <= rules.advice_modals and put <= rules.duty_modals:
        return 1
    return 0


_MADE_ADVICE = "A duty made advice in a clause on "
_TAKEN_OUT = "Words taken out of a clause on "
_REWORDED = "A few words put for others in a clause on "


RESTATED_IN_OTHER_WORDS = "Restated in other words: a few terms no rule names put for others"
_RESTATEMENT = Evidence("editorial", "editorial.restated", "both", "", RESTATED_IN_OTHER_WORDS)
SAME_TERMS = "Reworded around the same terms: only articles, courtesy words or word forms changed"
_SAME_TERMS = Evidence("editorial", "editorial.same-terms", "both", "", SAME_TERMS)


def _restated(
    change: Change, rules: RuleSet, edits: Edits, deleted: list[str], inserted: list[str]
) -> Evidence | None:
    """Return editorial evidence when a changed clause no rule names keeps its terms
    in order (see same_terms) or only puts a few of them for about as many others
    (see swaps_a_few_terms), none reversing its sense nor bringing in words against
    the user, or taking out words for the user ("if you allow it" -> "enabled by
    default"); else None."""
    assert change.old is not None and change.new is not None
    old, new = change.old.text, change.new.text
    if same_terms(old, new, rules):
        found = _SAME_TERMS
    elif swaps_a_few_terms(old, new, rules):
        found = _RESTATEMENT
    else:
        return None
    if reverses_meaning(deleted, inserted, rules) or word_leaning(rules, edits) < 0:
        return None
    if _examples_opened(old, new, rules):
        return None  # "... or contact information such as phone number": a list grown
    return found


def _examples_opened(old: str, new: str, rules: RuleSet) -> bool:
    """Return whether new opens a list of examples ("such as", "including") old lacks,
    after words old lacks too ("or contact information such as phone number"): the
    words after it name new things, they restate nothing. An opener put before a list
    old already gave ("(email, telephone, etc.)" -> "(for example, email address and
    telephone number)") restates it."""
    openers = _openers(new, rules)
    if len(openers) <= len(_openers(old, rules)):
        return False
    old_stems = {stem(word) for word in lower_words(old)}
    return any(
        stem(word) not in old_stems and word not in rules.function_words
        for start in openers
        for word in lower_words(new[max(0, start - _HEAD_CHARS) : start])[-2:]
    )


def _openers(text: str, rules: RuleSet) -> list[int]:
    """Return where text opens lists of examples; "like" is left out, as often a verb
    or a comparison ("whenever you like", "can feel like a lot") as an opener."""
    return [
        match.start()
        for pattern in rules.example_openers
        for match in pattern.finditer(text)
        if match.group(0).lower() != "like"
    ]


_HEAD_CHARS = 40  # read back from an opener for the words it gives examples of


def _restated_by_shape(
    deleted: list[str], inserted: list[str], edits: Edits, rules: RuleSet
) -> Evidence | None:
    """Return editorial evidence when a changed clause no rule names puts a few words
    for others (see restatement.reworded), one word for one or at least two for at least two: one
    word put for several, or several for one, more often adds or drops a thing ("Reddit,
    Inc." -> "Reddit and its affiliates", "your internal" -> "international"); else None."""
    balanced = len(deleted) == len(inserted) or min(len(deleted), len(inserted)) >= 2
    return _RESTATEMENT if balanced and reworded(deleted, inserted, edits, rules) else None


def _only_referenced(
    change: Change,
    evidence: list[Evidence],
    by_id: dict[str, Rule],
    deleted: list[str],
    inserted: list[str],
) -> bool:
    """Return whether only secondary rules (a law or a policy named) fired on a changed
    clause whose edits change REFERENCE_WORDS words or more: more than a reference."""
    return (
        change.old is not None
        and change.new is not None
        and bool(evidence)
        and all((rule := by_id.get(e.rule)) is not None and rule.secondary for e in evidence)
        and len(deleted) + len(inserted) >= REFERENCE_WORDS
    )


def _about(
    kinds: list[str], rules: RuleSet, sides: _Sides, counts: dict[tuple[str, str], int] | None
) -> Evidence | None:
    """Return topic evidence when the clause speaks of one of kinds by the words of a
    primary rule of it (a clause about personal data, not only naming a privacy law),
    or None: the text around the edits first, then the clause's topic among kinds."""
    for rule in rules.all_rules:
        if (
            rule.kind in kinds
            and rule.patterns
            and not rule.secondary
            and rule.side != "context"
            and sides.new_hits.any_of(rules.trigger_ids[rule.id])
            and _mentions(rule, sides.new_hits)
            and _context_holds(rule, sides, rules.scanner)
        ):
            topic = rules.kinds[rule.kind].topic
            return Evidence(
                rule.kind, rule.id, "context", "", f"Wording changed in a clause on {topic}"
            )
    return _topic(rules, sides, counts if counts is not None else {}, frozenset(kinds))


def _context_holds(rule: Rule, sides: _Sides, scanner: Scanner) -> bool:
    """Return whether the clause holds what a rule requires (True when it requires
    nothing): "unless" tells of an exception to a duty only beside a duty."""
    context, lowered = sides.context, sides.context_lowered
    return not rule.requires or any(scanner.search(p, context, lowered) for p in rule.requires)


def _topic(
    rules: RuleSet,
    sides: _Sides,
    counts: dict[tuple[str, str], int],
    among: frozenset[str] | None = None,
    unread: str | None = None,
) -> Evidence | None:
    """Return evidence for the kind the edited passage and its parent clause are about:
    the kind whose words occur most in the clause's heading, the text around each edit
    (on the new side: around a deletion it still holds the clause's unchanged words)
    and the opening of the parent clause; among limits the kinds read (all by default),
    and rules that read only the side unread names ("inserted", "deleted") are not counted.

    counts caches the parent's counts for one report: the items of one list share it.
    """
    counted: list[tuple[int, int, Rule]] = []
    parent = sides.parent
    heading = rules.scanner.hits((sides.heading or parent).split("\n", 1)[0])
    lead_in = parent[:LEAD_IN_CHARS]
    parent_hits = rules.scanner.hits(parent, ((0, len(lead_in)),))
    for rule in rules.all_rules:
        if (
            rule.patterns
            and rule.side not in ("context", unread)
            and (among is None or rule.kind in among)
            # "other" is what no kind recognises: a clause is never about it (a language
            # clause edited to put another language first is read as any other change)
            and rule.kind != "other"
        ):
            ids = rules.trigger_ids[rule.id]
            key = (rule.id, lead_in)
            if key not in counts:
                counts[key] = _mentions(rule, parent_hits) if parent_hits.any_of(ids) else 0
            count = counts[key]
            for hits in (heading, sides.new_hits):
                if hits.any_of(ids):
                    count += _mentions(rule, hits)
            if count >= TOPIC_MIN_MATCHES:
                counted.append((-count, len(counted), rule))
    # the rule mentioned most (the first of equals) whose context holds
    best = next(
        (rule for _, _, rule in sorted(counted) if _context_holds(rule, sides, rules.scanner)),
        None,
    )
    if best is None:
        return None
    return Evidence(
        best.kind,
        best.id,
        "context",
        "",
        f"Wording changed in a clause on {rules.kinds[best.kind].topic}",
    )


def classify_change(
    change: Change,
    rules: RuleSet,
    renumbered: dict[str, str] | None = None,
    parent: str | Callable[[], str] = "",
    moved: MovedText[Change] | None = None,
    counts: dict[tuple[str, str], int] | None = None,
    renames: Renames = frozenset(),
    trailing: bool = False,
) -> None:
    """Fill kinds, material, direction, evidence and explanation of one change.

    parent is the text of the enclosing clause (e.g. the sentence that opens a list),
    which tells what a bare list item is about. moved (the sentences every change of
    the report removes and adds) lets an edit that only moves text from another
    changed clause be judged not material. renames are the terms the report renames
    throughout ("application" -> "App"), which count as no edit. parent may also be
    a function returning that text, called only when a rule or the topic reads it.
    trailing tells that an added or removed change runs to the end of its document,
    where a page captured from the web keeps its footer.
    """
    reason = editorial_reason(change, renumbered or {}, rules, renames)
    if reason is not None:
        structure = Evidence("editorial", "editorial.structure", "both", "", reason)
        return _settle(change, structure, reason)
    parent_of = parent if callable(parent) else (lambda: parent)
    verdict = _dates_or_chrome(change, rules, renames, trailing, parent_of)
    if verdict is not None:
        return _settle(change, *verdict)
    sides = _sides(change, rules.scanner, parent_of, renames, moved)
    banner = _banner(rules, sides.old, sides.new)
    if banner is not None and not _terms_beside_banner(change, sides, rules):
        news = "Announcement of updated terms"
        announced = Evidence("amendment", "amendment.banner", "context", banner.group(0), news)
        return _settle(change, announced, f"{news} (not itself a change of terms)")
    by_id = rules.by_id
    scanner = rules.scanner
    evidence = [
        item
        for rule in rules.all_rules
        if _may_fire(rule, sides, rules.trigger_ids[rule.id])
        for item in _fire(rule, change, sides, scanner)
    ]
    deleted, inserted = changed_words(change, renames)
    if evidence and _rewritten_around(evidence, (deleted, inserted), by_id):
        evidence = []
    if any(not by_id[e.rule].secondary for e in evidence):
        evidence = [e for e in evidence if not by_id[e.rule].secondary]
    reworded = [e for e in evidence if _bound_reworded(e, sides)]
    if reworded and periods_unchanged(sides.edits):
        # a deadline's words reworded around the same periods ("no later than 60 days
        # after" -> "within 60 days of", "30 days' prior written notice" -> "30 days'
        # written notice"); notice given or dropped still counts
        evidence = [e for e in evidence if e not in reworded]
    weighed = weigh_duties(evidence, by_id, sides.old, sides.new)
    if not weighed and evidence and only_duties_restated(sides.old, sides.new, evidence, rules):
        restated = Evidence("editorial", "obligation.restated", "both", "", RESTATED)
        return _settle(change, restated, RESTATED)
    evidence = _yielded(weighed, by_id, sides, listed=_is_item(change))
    if change.old is None or change.new is None:
        evidence = _dominant(evidence, rules, sides)
    elif any(e.kind == "notice-period" for e in evidence):
        evidence += what_the_period_governs(evidence, rules, sides.edits, sides.setting)
    evidence = [name_period(e, rules, sides.edits) for e in evidence]
    material = any(_material(e, rules, by_id) for e in evidence)
    kinds = [k for k in KINDS if any(e.kind == k for e in evidence)]
    # before the topic: an address is no duty; and a privacy team's address changed is
    # contact details, though it names data protection (a secondary rule)
    if all(by_id[e.rule].secondary for e in evidence) and (
        contact := _contact_details(change, sides, rules)
    ):
        # but a new address that comes with another company is a new party
        entity = _entity_changed(change, rules)
        kinds, material, evidence = ["other"], entity is not None, [entity or contact]
    kinds, material, evidence = _read_context(
        change, (kinds, material, evidence), rules, sides, counts, (deleted, inserted)
    )
    if not kinds and (entity := _entity_changed(change, rules)) is not None:
        kinds, material = ["other"], True  # a different company is party to the terms
        evidence.append(entity)
    if change.old is None or change.new is None:
        # the clause's own number ("1.1", "12.") is no word of its terms
        whole = _OWN_NUMBER.sub("", (change.new or change.old).text, count=1)  # type: ignore[union-attr]
        size = len(WORD.findall(whole))
    else:
        size = len(deleted) + len(inserted)
    if (
        not kinds
        and change.old is not None
        and change.new is not None
        and not count_replaced(sides.edits)
        and (
            rewording := _restated(change, rules, sides.edits, deleted, inserted)
            or _restated_by_shape(deleted, inserted, sides.edits, rules)
        )
    ):
        kinds, material = ["editorial"], False
        evidence.append(rewording)
    if not kinds:
        material, explanation = _unnamed_change(deleted, inserted, size, rules, sides.edits)
        # a standard closing clause reworded keeps its effect: editorial; one added or
        # removed is still news of a kind (other)
        closing = explanation == BOILERPLATE and change.old is not None and change.new is not None
        kinds = ["editorial" if closing else "other"]
        evidence.append(Evidence(kinds[0], "other.substantive", "both", "", explanation))
    kinds, material, evidence = _nothing_new(
        change, (kinds, material, evidence), rules, sides, moved
    )
    change.kinds = kinds
    change.material = material
    change.evidence = evidence
    change.direction = direction_of(evidence, rules, sides.edits, material, lambda: sides.setting)
    change.explanation = _explain(change, rules)


def _yielded(
    evidence: list[Evidence], by_id: dict[str, Rule], sides: _Sides, *, listed: bool = False
) -> list[Evidence]:
    """Return evidence without the matches that yield to another rule's (see
    Rule.yields_to): "we collect your payment information" is personal data, not a
    fee, but "we may charge a fee for your personal data request" is both. An item of a
    list (listed) yields as well to the other rule's words in its lead-in ("We have
    collected the following categories of personal information:" + "Payment information
    ... billing address")."""
    kept = []
    for item in evidence:
        rule = by_id[item.rule]
        if rule.yields_to and item.side in ("inserted", "deleted"):
            text = sides.new if item.side == "inserted" else sides.old
            at = text.find(item.match)
            sentence = sentence_around(text, at, at + len(item.match)) if at >= 0 else ""
            if (
                sentence
                and (
                    any(
                        other.rule in rule.yields_to
                        and other.side == item.side
                        and other.match in sentence
                        for other in evidence
                    )
                    or (listed and _lead_in_names(rule.yields_to, by_id, sides))
                )
                and not any(p.search(sentence) for p in rule.yields_unless)
            ):
                continue
        kept.append(item)
    return kept


def _is_item(change: Change) -> bool:
    """Return whether a change's clause is an item of a list."""
    clause = change.new or change.old
    return clause is not None and clause.is_item


def _lead_in_names(rule_ids: Iterable[str], by_id: dict[str, Rule], sides: _Sides) -> bool:
    """Return whether the sentence that introduces a list item's list (see
    _opens_a_list) holds words of one of the rules named."""
    lead_in = sides.parent[:LEAD_IN_CHARS]
    if not _opens_a_list(lead_in):
        return False
    return any(p.search(lead_in) for rule_id in rule_ids for p in by_id[rule_id].patterns)


REWRITTEN_AROUND_WORDS = 40  # words an edit may change and only rewrite around a term


def _rewritten_around(
    evidence: list[Evidence], words: tuple[list[str], list[str]], by_id: dict[str, Rule]
) -> bool:
    """Return whether each rule that fired matched the same words, but for case and
    endings, in the inserted and in the deleted text, nothing else fired, and the edit
    changes few words (words: those deleted and those inserted): it rewrote around
    them ("Please note that the prices" -> "Prices", "either of these courts" ->
    "either such court"). What the clause then is, the rest of the checks tell."""
    inserted = {(e.rule, _stems(e.match)) for e in evidence if e.side == "inserted"}
    deleted = {(e.rule, _stems(e.match)) for e in evidence if e.side == "deleted"}
    return (
        bool(inserted)
        and inserted == deleted
        and all(e.side in ("inserted", "deleted") for e in evidence)
        and len(words[0]) + len(words[1]) <= REWRITTEN_AROUND_WORDS
        # the first match of each rule is the same, but the edit may bring in more
        # terms of it: "liability for fraud" -> "liability for fraud, gross negligence,
        # or willful misconduct" (one new term may be a synonym: "Fees and Charges")
        and all(len(_new_terms(by_id[rule], words)) < 2 for rule, _ in inserted)
    )


def _new_terms(rule: Rule, words: tuple[list[str], list[str]]) -> set[tuple[str, ...]]:
    """Return the stems of the matches of a rule's patterns in the inserted words that
    share no stem with a match in the deleted words (words: those deleted and inserted)."""
    deleted, inserted = (
        {_stems(m.group(0)) for p in rule.patterns for m in p.finditer(" ".join(side))}
        for side in words
    )
    known = {word for term in deleted for word in term}
    return {term for term in inserted if known.isdisjoint(term)}


def _stems(words: str) -> tuple[str, ...]:
    """Return the stems of the words of a match."""
    return tuple(stem(w) for w in lower_words(words))


def _nothing_new(
    change: Change,
    verdict: tuple[list[str], bool, list[Evidence]],
    rules: RuleSet,
    sides: _Sides,
    moved: MovedText[Change] | None,
) -> tuple[list[str], bool, list[Evidence]]:
    """Return the kinds, materiality and evidence of a change, made not material when
    it tells users nothing new: it only points to more information, adds or takes out
    examples, moves text from another clause, or repeats one."""
    kinds, material, evidence = verdict
    if _only_informational(sides, rules):
        material = False
        pointer = "Only points to more information, no new terms"
        if change.old is not None and change.new is not None:
            # a pointer added to a clause changes no meaning; a new paragraph that
            # points somewhere is new prose and keeps its kind
            kinds, evidence = ["editorial"], []
        evidence.append(Evidence(kinds[0], "informational", "inserted", "", pointer))
    elif _a_summary(change, rules):
        kinds, material = ["editorial"], False
        evidence = [Evidence("editorial", "summary", "both", "", SUMMARY)]
    elif (
        material
        and not _states_a_value(evidence)
        and only_an_aside_of_examples_added(sides.edits, rules.sensitive_examples)
    ):
        kinds, material = ["editorial"], False
        evidence = [Evidence("editorial", "examples-aside", "inserted", "", EXAMPLES_ASIDE)]
    elif _only_illustrates(change, sides, rules, evidence):
        kinds, material = ["editorial"], False
        evidence = [Evidence("editorial", "illustration", "both", "", ILLUSTRATES)]
    elif (
        material
        # (a list of data collected, or of what a ban covers: "including dangerous
        # stunts, dares, or pranks" -> "stunts, challenges, dares, or pranks")
        and set(kinds) in ({"data-privacy"}, {"new-obligation"})
        and only_examples_added(sides.edits, rules.example_openers, rules.sensitive_examples)
    ):
        material = False
        evidence.append(Evidence(kinds[0], "examples-added", "inserted", "", EXAMPLES))
    elif material and only_examples_removed(sides.edits, rules.example_openers):
        kinds, material = ["editorial"], False
        evidence = [Evidence("editorial", "examples-removed", "deleted", "", EXAMPLES_REMOVED)]
    elif (
        material
        and change.old is not None
        and change.new is not None
        and only_examples_reworded(sides.edits, rules.example_openers, rules.sensitive_examples)
    ):
        kinds, material = ["editorial"], False
        evidence = [Evidence("editorial", "examples-reworded", "both", "", EXAMPLES_REWORDED)]
    elif (
        material
        and moved is not None
        # a period changed inside a clause is a change of that clause, wherever the
        # sentence came from
        and not any(e.old is not None and e.new is not None for e in evidence)
        and moved.only_moves(change)
    ):
        # text moved, not written: no change in meaning (LABELS.md: moved unchanged)
        kinds, material = ["editorial"], False
        moved_text = "Text moved between clauses, not new terms"
        evidence = [Evidence("editorial", "moved-text", "both", "", moved_text)]
    elif material and change.old is None and moved is not None and moved.only_repeats(change):
        # the same words already stand in another clause of both versions: the new
        # section repeats a term users were told, it does not add one
        material = False
        evidence.append(Evidence(kinds[0], "repeated-text", "inserted", "", REPEATED))
    return kinds, material, evidence


def _a_summary(change: Change, rules: RuleSet) -> bool:
    """Return whether a clause added or removed whole only sums up the terms around it
    ("_In summary: Snap will try to make the Services available ..._";
    rules.summaries): the terms it sums up stand, or go, in clauses of their own."""
    if (change.old is None) == (change.new is None):
        return False
    clause = change.new or change.old
    return clause is not None and _first_match(rules.summaries, clause.text) is not None


def _added_or_removed_clauses(change: Change) -> tuple[Clause, ...]:
    """Return the clauses a change adds or removes whole, or () for a changed clause."""
    if (change.old is None) == (change.new is None):
        return ()
    return clauses_of(change.new, change.new_extra) or clauses_of(change.old, change.old_extra)


def _a_change_log_entry(change: Change, rules: RuleSet) -> bool:
    """Return whether a change adds or removes, whole, only entries of the document's
    own change log ("February 5, 2015: Specified ... as contracting entities";
    rules.change_log_entries), or entries under its heading or date ("Changes to this
    Privacy Policy" over "Updated 10.4 to reflect ..."; rules.change_log_sections): they
    record changes made elsewhere in the terms."""
    clauses = _added_or_removed_clauses(change)
    return bool(clauses) and all(
        _first_match(rules.change_log_entries, clause.text) is not None
        or _first_match(rules.change_log_sections, f"{clause.heading or ''}\n{clause.text}")
        is not None
        for clause in clauses
    )


# a feedback prompt is a line or two, a cookie banner a few; a clause longer than
# this holds terms too
_FEEDBACK_PROMPT_WORDS = 40
_COOKIE_BANNER_WORDS = 60


def _page_furniture(change: Change, patterns: tuple[re.Pattern[str], ...], most_words: int) -> bool:
    """Return whether a change adds or removes, whole, only short clauses that hold one
    of patterns: a help page's feedback prompt ("Was this information helpful? Yes
    No"; rules.feedback_prompts) or a site's cookie banner ("This site uses cookies.
    By continuing to browse, you agree to our use of cookies."; rules.cookie_banners),
    captured with the page wherever it stands, not part of the agreement."""
    clauses = _added_or_removed_clauses(change)
    return bool(clauses) and all(
        len(clause.text.split()) <= most_words and _first_match(patterns, clause.text) is not None
        for clause in clauses
    )


SUMMARY = "A plain-language summary of terms set out in the clauses around it, added or removed"


def _only_illustrates(
    change: Change, sides: _Sides, rules: RuleSet, evidence: list[Evidence]
) -> bool:
    """Return whether a changed clause only gains, or only loses, whole sentences that
    illustrate, restate or advise on what it says ("For example, if we don't act on
    one breach, we can still act on a later one."; rules.illustrations), each on topics
    the rest of the clause already speaks of: every rule that names the edit matches
    the text that stays too. An example that brings a new topic ("For example, we use
    your posts to train our models"), widens a licence or names a sensitive use or
    recipient of data (rules.sensitive_examples) is a change."""
    if change.old is None or change.new is None or bool(sides.inserted) == bool(sides.deleted):
        return False
    text, spans, rest = (
        (sides.new, sides.inserted, sides.old)
        if sides.inserted
        else (sides.old, sides.deleted, sides.new)
    )
    for start, end in spans:
        edited = text[start:end].strip()
        if not edited or not _first_match(rules.illustrations, edited):
            return False  # the edit must open the sentence it adds
    sentences = touched_sentences(text, spans)
    if not sentences or not all(_first_match(rules.illustrations, s.strip()) for s in sentences):
        return False
    if _states_a_value(evidence):
        return False  # "For example, search queries are deleted after 90 days" sets a term
    naming = [e for e in evidence if e.side in ("inserted", "deleted")]
    named_kinds = {e.kind for e in naming}
    if "ip-license" in named_kinds:
        return False  # "For example, this license includes the right to ..." widens it
    if "data-privacy" in named_kinds and any(
        _first_match(rules.sensitive_examples, text[a:b]) for a, b in spans
    ):
        return False  # an example of a use or a recipient users should hear of
    lowered = rest.lower()
    named = {e.rule for e in naming}
    # (a rule with no patterns of its own, such as a list of duties extended, reads the
    # clause's context, which the text that stays already holds)
    return all(
        not rules.by_id[rule].patterns
        or any(rules.scanner.search(p, rest, lowered) for p in rules.by_id[rule].patterns)
        for rule in named
        if rule in rules.by_id
    )


def _states_a_value(evidence: list[Evidence]) -> bool:
    """Return whether any evidence carries a parsed value (a period or an amount, old
    or new): words that set a term, whatever else they do."""
    return any(e.old is not None or e.new is not None for e in evidence)


ILLUSTRATES = "Only adds or takes out an example or a restatement of what the clause says"
BOILERPLATE = (
    "A standard closing clause (severability, entire agreement, headings); no new right or duty"
)
LANGUAGE_CLAUSE = "Says which language's text of the terms governs; no new right or duty"
DEFINITION = "Defines a term; the clauses that use it carry any change of terms"
REPEATED = "Repeats word for word a clause the agreement already has elsewhere"
EXAMPLES = (
    "Adds examples to a list the clause already gives; no new kind of data, use, recipient"
    " or conduct"
)
EXAMPLES_ASIDE = "Only adds examples in brackets of what the clause already says"
EXAMPLES_REMOVED = "Only takes out examples; what they illustrated still stands"
EXAMPLES_REWORDED = "Only rewords an aside of examples in brackets; the terms around it stand"


def _unnamed_change(
    deleted: list[str], inserted: list[str], size: int, rules: RuleSet, edits: Edits
) -> tuple[bool, str]:
    """Return whether a change no rule names is material, and why: it changes
    SUBSTANTIVE_WORDS words or more (in a clause that stays, SUBSTANTIVE_EDIT_WORDS unless
    the words lean for or against the user), puts one word of a contrast for the other
    ("at our risk" -> "at your risk") or one number of things for another ("on up to 5
    devices" -> "on up to 3 devices"). A feature described, new or anew, is not
    material; nor is a standard closing clause, nor a clause on which language's text
    governs or one that defines a term, added or removed whole; but one that rewords
    which language governs is. A word that limits what the clause covers ("only") put
    in or taken out is too."""
    # a clause added or removed whole reverses nothing ("without" in a new paragraph)
    if edits.old and edits.new and reverses_meaning(deleted, inserted, rules, edit_places(edits)):
        return True, "Wording changed in a way that can reverse its sense"
    if count_replaced(edits):
        return True, "A number the terms state changed"
    if _describes_a_feature(edits, rules):
        return False, "Describes a feature; no new terms"
    if _first_match(rules.boilerplate, edits.new or edits.old):
        return False, BOILERPLATE
    if not (edits.old and edits.new) and _first_match(
        rules.language_clause, edits.new or edits.old
    ):
        return False, LANGUAGE_CLAUSE
    if not (edits.old and edits.new) and _first_match(rules.definitions, edits.new or edits.old):
        return False, DEFINITION
    if edits.old and edits.new and _scope_word_changed(deleted, inserted):
        return True, "A word that sets its scope put in or taken out"
    if (
        size >= SUBSTANTIVE_WORDS
        and edits.old
        and edits.new
        and _first_match(rules.language_clause, edits.old)
    ):
        return True, "Rewords which language's text of the terms governs"
    if size >= SUBSTANTIVE_WORDS and (
        size >= SUBSTANTIVE_EDIT_WORDS
        or not (edits.old and edits.new)
        or word_leaning(rules, edits) != 0
    ):
        return True, "Substantive wording changed"
    if not (edits.old and edits.new):
        return False, "No terms of its own (a heading or a short line)"
    return False, "Minor wording changed"


def _scope_word_changed(deleted: list[str], inserted: list[str]) -> bool:
    """Return whether an edit puts in or takes out a word that limits what a clause
    covers ("We will use your phone number only to verify your account" -> "... to
    verify your account"; "access the Services only through our apps")."""
    count = Counter(w.lower() for w in deleted if w.lower() in _SCOPE_WORDS)
    count.subtract(w.lower() for w in inserted if w.lower() in _SCOPE_WORDS)
    return any(count.values())


_SCOPE_WORDS = frozenset({"only", "solely", "exclusively"})


def _describes_a_feature(edits: Edits, rules: RuleSet) -> bool:
    """Return whether a new paragraph describes a product feature ("Watch Party lets up
    to eight friends ..."), or a changed one edits only the sentence that describes
    one in both versions ("Photos helps you organise your pictures into albums and
    animations" -> "... albums, collages and other creations")."""
    described = _first_match(rules.feature_description, edits.new)
    if described is None or not edits.old:
        return described is not None
    if _first_match(rules.feature_description, edits.old) is None:
        return False
    ends = _SENTENCE_END.search(edits.new, described.end())
    sentence_end = ends.start() if ends else len(edits.new)
    return all(end <= sentence_end for _, end in edits.edits_in_new)


_SENTENCE_END = regexcache.compile(r"[.!?](?=\s|$)")


def _terms_beside_banner(change: Change, sides: _Sides, rules: RuleSet) -> bool:
    """Return whether a changed update banner also gains words on how the terms change
    ("..., and by continuing to use the Service you accept them"): more than news. Words
    in a sentence that is itself news of the update ("The foregoing changes will go into
    effect on January 19th, 2024") are the banner's own."""
    if change.old is None or change.new is None or not sides.inserted:
        return False
    for rule in rules.all_rules:
        if rule.kind != "amendment" or rule.secondary or rule.side == "context":
            continue
        for pattern in rule.patterns:
            match = _touching(pattern, sides.new_hits, sides.inserted, sides.inserted_windows)
            if match is not None and not _within_news(match, rules):
                return True
    return False


def _within_news(match: re.Match[str], rules: RuleSet) -> bool:
    """Return whether match lies within words of its sentence that announce an update
    ("changes will go into effect" in "The foregoing changes will go into effect on
    January 19th, 2024")."""
    text = match.string
    start = sentence_start(text, match.start())
    news = _news_in(rules, sentence_around(text, match.start(), match.end()))
    return news is not None and (
        start + news.start() <= match.start() and match.end() <= start + news.end()
    )


def _banner(rules: RuleSet, old: str, new: str) -> re.Match[str] | None:
    """Return where the opening of either text announces updated terms, or None."""
    return _news_in(rules, f"{old[:BANNER_CHARS]}\n{new[:BANNER_CHARS]}")


def _news_in(rules: RuleSet, text: str) -> re.Match[str] | None:
    """Return the first words of text that announce updated terms, or None."""
    lowered = text.lower()
    return next((m for p in rules.banner if (m := rules.scanner.search(p, text, lowered))), None)


def _settle(change: Change, evidence: Evidence, explanation: str) -> None:
    """Give a change a verdict no rule needs to read: one kind, not material."""
    change.kinds = [evidence.kind]
    change.material = False
    change.direction = "neutral"
    change.evidence = [evidence]
    change.explanation = explanation


def _dates_or_chrome(
    change: Change,
    rules: RuleSet,
    renames: Renames,
    trailing: bool,
    parent_of: Callable[[], str] = str,
) -> tuple[Evidence, str] | None:
    """Return the evidence and explanation of a change that only states dates, is the
    furniture of a web page, adds or removes entries of the document's change log or
    only renames a plan, or None. parent_of returns the enclosing clause's text: a link
    alone listed under a lead-in that a rule reads is an entry, not furniture."""
    old_text = "\n".join(clause.text for clause in clauses_of(change.old, change.old_extra))
    new_text = "\n".join(clause.text for clause in clauses_of(change.new, change.new_extra))
    if (change.old is None or change.new is None) and is_date_line(new_text or old_text):
        date_line = Evidence("other", "other.date", "both", "", "A date line")
        return date_line, "An effective or last-updated date line added or removed"
    if (
        change.old is not None
        and change.new is not None
        and is_date_only(change, rules, renames)
        # a new date in an update banner is the banner's news ("The updated Terms take
        # effect on March 15"), read as a banner
        and _banner(rules, change.old.text, change.new.text) is None
        # the date of the document, not of a price rise or of the purchases it covers
        and _dates_only_the_document(edits_of(change, renames))
    ):
        date = Evidence("other", "other.date", "both", "", "Only a date changed")
        return date, "Only a date changed (e.g. the effective or last-updated date)"
    if old_text and new_text and is_date_line(old_text) and is_date_line(new_text):
        date_line = Evidence("other", "other.date", "both", "", "A date line changed")
        return date_line, "The effective or last-updated date line changed"
    if old_text and new_text and _only_copyright_years(old_text, new_text):
        year = Evidence("other", "other.date", "both", "", "A copyright year changed")
        return year, "Only the year of a copyright notice changed"
    if trailing and (chrome := _site_chrome(change, rules)) is not None:
        return chrome, chrome.explanation
    if _page_furniture(change, rules.feedback_prompts, _FEEDBACK_PROMPT_WORDS):
        prompt = Evidence("other", "other.site-chrome", "both", "", "A help page's feedback prompt")
        return (
            prompt,
            "A help page's feedback prompt captured with the page, not part of the agreement",
        )
    if _page_furniture(change, rules.cookie_banners, _COOKIE_BANNER_WORDS):
        banner = Evidence("other", "other.site-chrome", "both", "", "A site's cookie banner")
        return banner, "A site's cookie banner captured with the page, not part of the agreement"
    if _a_change_log_entry(change, rules):
        entry = Evidence("other", "other.change-log", "both", "", "An entry of the change log")
        return (
            entry,
            "An entry of the document's change log added or removed (a record, not a term)",
        )
    if all(_is_table_of_contents(text) for text in (old_text, new_text) if text):
        contents = Evidence("editorial", "editorial.contents", "both", "", "A table of contents")
        return contents, "A table of contents changed (the sections it lists are compared apart)"
    if _only_link_lines(change):
        links = Evidence("editorial", "editorial.site-links", "both", "", "Links changed")
        return links, "A line of links or menu items changed (site navigation, related articles)"
    if (link := _link_alone(change)) is not None and not _listed_entry(change, rules, parent_of()):
        return link, link.explanation
    if _a_navigation_label(change, rules):
        label = Evidence("editorial", "editorial.site-links", "both", "", "A navigation label")
        return label, "A page's navigation label (page furniture), not terms of its own"
    if plan_renamed(change, rules, renames):
        renamed = Evidence("other", "other.plan-renamed", "both", "", "A plan or product renamed")
        return renamed, "A plan or product renamed; the wording is otherwise the same"
    if (names := renamed_with_former_name(change)) is not None:
        explanation = f"Renamed, with its former name given (“{names[0]}” → “{names[1]}”)"
        return Evidence("other", "other.renamed", "both", "", explanation), explanation
    if _only_headings(change):
        title = Evidence("editorial", "editorial.heading", "both", "", "A section's title")
        return title, "A section's title changed; the paragraphs under it carry its terms"
    return None


def _only_headings(change: Change) -> bool:
    """Return whether every clause a change touches, on each side it has, is a heading
    marked as one: a title names what its section's paragraphs say ("Limitation of
    Liability" -> "Limits on Our Liability", "Payments, Billing and Refunds" added over
    new ones), and those paragraphs are compared in their own right."""
    clauses = [
        *clauses_of(change.old, change.old_extra),
        *clauses_of(change.new, change.new_extra),
    ]
    return bool(clauses) and all(clause.marked_heading for clause in clauses)


def _is_table_of_contents(text: str) -> bool:
    """Return whether a clause is a table of contents: "Contents" (or "On this page")
    and then three or more numbered section titles ("1. Introduction 2. Your Account
    3. Orders ...")."""
    return _CONTENTS.match(text) is not None and len(_LISTED_TITLE.findall(text)) >= 3


_CONTENTS = regexcache.compile(
    r"\W*(\d+(\.\d+)*\.?\s+)?(table of contents|contents|on this page|in this (policy|document))\b",
    re.I,
)
_LISTED_TITLE = regexcache.compile(r"(?<!\S)\d{1,2}\.?\s+(?-i:[A-Z])")


def _only_copyright_years(old: str, new: str) -> bool:
    """Return whether two texts differ only in the years of a copyright notice ("© 2023
    Marigold, Inc." -> "© 2025 Marigold, Inc.")."""
    if "©" not in new and "opyright" not in new:
        return False
    return old != new and _COPYRIGHT_YEARS.sub("©", old) == _COPYRIGHT_YEARS.sub("©", new)


_COPYRIGHT_YEARS = regexcache.compile(r"(©|\(c\)|\bcopyright)\s*\d{4}(\s*[-–]\s*\d{4})?", re.I)


def _dates_only_the_document(edits: Edits) -> bool:
    """Return whether every sentence an edit touches dates the document itself."""
    touched = touched_sentences(edits.old, edits.deleted) + touched_sentences(
        edits.new, edits.inserted
    )
    return all(dates_the_document(sentence) for sentence in touched)


def _contact_details(change: Change, sides: _Sides, rules: RuleSet) -> Evidence | None:
    """Return evidence that a change no rule names only changes contact details (not
    material), or None.

    In a changed clause, at least half the edits must lie in contact details (an
    address or email address replaced: "support@x.io" -> "help@x.io", "9348 Civic Center
    Drive" -> "1000 Avenue of the Stars"); words added beside an address ("... at once")
    are no contact. Of a clause added or removed, at least half the sentences must give
    contact details, and a new clause must be short (an address line), since a new
    paragraph that ends "please contact us at ..." offers users something new; a new
    clause with a sentence giving public authorities contact details (a point of
    contact for regulators) needs neither.
    """
    if change.old is not None and change.new is not None:
        return _contact_edited(sides, rules)
    text = sides.new or sides.old
    if not _first_match(rules.contact_details, text):
        return None  # most clauses hold no contact details at all: one search each
    sentences = [x for x in SENTENCE_END.split(text) if WORD.search(x)]
    found = [m for x in sentences if (m := _first_match(rules.contact_details, x))]
    if not found:
        return None
    # a new point of contact for regulators, however much it asks of their messages
    to_authorities = not sides.old and any(_first_match(rules.authorities, m.string) for m in found)
    if not to_authorities and (
        2 * len(found) < len(sentences)
        or (not sides.old and len(WORD.findall(sides.new)) > CONTACT_LINE_WORDS)
    ):
        return None
    return Evidence("other", "other.contact", "both", found[0].group(0), _CONTACT)


_CONTACT = "Contact details changed (an address, email address or phone number)"


def _contact_edited(sides: _Sides, rules: RuleSet) -> Evidence | None:
    """Return evidence that at least half the edits of a changed clause lie in contact
    details written in it, or None."""
    edits = [
        (text, x, y)
        for text, spans in ((sides.new, sides.inserted), (sides.old, sides.deleted))
        for x, y in spans
        # not punctuation and spaces around an edit, nor a word such as "to" that
        # joins an address to its sentence ("write us at" -> "write to us at ...")
        if not all(w.lower() in rules.function_words for w in WORD.findall(text, x, y))
    ]
    inside: list[re.Match[str]] = []
    misses = 0
    for text, x, y in edits:
        match = _contact_at(text, x, y, rules)
        if match is not None:
            inside.append(match)
        else:
            misses += 1
            if 2 * misses > len(edits):
                return None  # half the edits cannot lie in contact details any more
    if not inside:
        return None
    return Evidence("other", "other.contact", "both", inside[0].group(0), _CONTACT)


def _contact_at(text: str, x: int, y: int, rules: RuleSet) -> re.Match[str] | None:
    """Return contact details written in text that text[x:y] lies in (an address or an
    email address, read from its "@" back to its start), or None."""
    low, high = max(0, x - CONTACT_REACH), min(len(text), y + CONTACT_REACH)
    # contact details hold an "@", digits or a word such as "contact": most edits have
    # none of them within reach, which one search tells
    if not _MAY_BE_CONTACT.search(text, low, high):
        return None
    for pattern in rules.contact_details:
        for match in pattern.finditer(text, low, high):
            start = _address_start(text, match.start())
            if (
                start < y
                and x < match.end()
                and not _says_more(text, (x, y), (start, match.end()), rules)
            ):
                return match
    return None


# groups of force_words that make a term of what an edit adds beside contact details
# (not leave: "you can also write to" only points to an address)
_TERM_FORCE = frozenset({"must", "not", "only"})


def _says_more(text: str, edit: tuple[int, int], contact: tuple[int, int], rules: RuleSet) -> bool:
    """Return whether an edit that reaches into contact details also sets a term
    outside them, with a word of duty, negation or "only": "only with your consent,
    which you may withdraw by email to ads@x.io" is more than where to write; "you can
    also contact our officer at dpo@x.io" is not."""
    (x, y), (a, b) = edit, contact
    words = WORD.findall(text, x, max(x, min(y, a))) + WORD.findall(text, max(x, b), y)
    return any(rules.force_words.get(w.lower()) in _TERM_FORCE for w in words)


ADDRESS_REACH = 80  # characters of a word around a match read for an address


def _in_address(text: str, match: re.Match[str]) -> bool:
    """Return whether a match lies inside an email or web address written in text."""
    start, end = match.span()
    low, high = max(0, start - ADDRESS_REACH), min(len(text), end + ADDRESS_REACH)
    while start > low and not text[start - 1].isspace():
        start -= 1
    while end < high and not text[end].isspace():
        end += 1
    word = text[start:end]
    return "@" in word or "://" in word or "www." in word


def _in_a_quoted_title(text: str, match: re.Match[str]) -> bool:
    """Return whether a match lies inside a section's title quoted in a list of them
    ("The following provisions will survive: “Licenses,” “Limitation of Liability,”
    “Dispute Resolution,” ..."): the title names a section, it sets no term."""
    start, end = match.span()
    opening = max(text.rfind(mark, max(0, start - TITLE_REACH), start) for mark in '“"')
    if opening < 0:
        return False
    title = _QUOTED_TITLE.match(text, opening)
    return (
        title is not None
        and title.end() >= end
        # written in title case, not capitals ("“AS IS” AND “AS AVAILABLE”" is a term)
        and not title.group(0).isupper()
        # another quoted title beside it: a list of names, not a term defined in quotes
        and (
            _QUOTED_TITLE.search(text, title.end(), title.end() + TITLE_REACH) is not None
            or _QUOTED_TITLE_END.search(text, max(0, opening - TITLE_REACH), opening) is not None
        )
    )


TITLE_REACH = 60  # characters before or after a quoted title where the next may start
# a quoted run of capitalised words ("“Limitation of Liability,”"), its comma inside or out
_QUOTED_TITLE = regexcache.compile(
    r"[“\"](?:[A-Z][\w’'-]*|of|and|or|the|for|to|in|on|&)(?:\s+(?:[A-Z][\w’'-]*|of|and|or|"
    r"the|for|to|in|on|&)){0,11}[,.]?[”\"]"
)
# the end of the quoted title before ("“Indemnification,” and ")
_QUOTED_TITLE_END = regexcache.compile(r"[A-Za-z][,.]?[”\"][,;]?\s+(?:and\s+|or\s+)?$")

CONTACT_REACH = 60  # characters around an edit where contact details it lies in may start
_MAY_BE_CONTACT = regexcache.compile(
    r"[@\d]|contact|address|office|phone|protected|available", re.I
)


def _address_start(text: str, at: int) -> int:
    """Return where an email address begins whose match starts at its "@" (the
    vocabulary finds addresses from their "@"), else at itself."""
    if text.startswith("@", at):
        while at > 0 and (is_word_char(text[at - 1]) or text[at - 1] in ".+-"):
            at -= 1
    return at


def _site_chrome(change: Change, rules: RuleSet) -> Evidence | None:
    """Return evidence that an added or removed change is the furniture of a web page,
    or None: a footer with a copyright line is `other` (new prose), a block of only
    links and short labels (a language menu, site navigation) is `editorial`."""
    if change.old is not None and change.new is not None:
        return None
    clauses = clauses_of(change.new, change.new_extra) or clauses_of(change.old, change.old_extra)
    if all(_is_navigation(clause) for clause in clauses):
        explanation = "Site navigation (links and menu labels) captured with the page"
        return Evidence("editorial", "editorial.site-links", "both", "", explanation)
    match = _first_match(rules.site_chrome, "\n".join(c.text for c in clauses))
    if match is None:
        return None
    explanation = "Page footer captured with the page, not part of the agreement"
    return Evidence("other", "other.site-chrome", "both", match.group(0), explanation)


def _link_alone(change: Change) -> Evidence | None:
    """Return evidence that an added or removed change is a link and nothing else ("[Back
    to top](#top)", "[Download a PDF version of these Terms](...)", "[Prior
    versions](...)"), or None: page furniture, `editorial`, unless the link names another
    document ("[Amazon Luna Terms of Use](...)"), which is `other`; a row of links
    ("[Privacy](...) · [Terms](...)") is furniture too. Neither is material:
    the terms are the words around such a link, not the link."""
    if change.old is not None and change.new is not None:
        return None
    clauses = clauses_of(change.new, change.new_extra) or clauses_of(change.old, change.old_extra)
    if not clauses or not all(clause.link_only for clause in clauses):
        return None
    if (
        len(clauses) == 1
        and len(clauses[0].links) == 1
        and (document := _DOCUMENT_LINK.search(clauses[0].text))
    ):
        explanation = "A link to another document, not terms of its own"
        return Evidence("other", "other.document-link", "both", document.group(0), explanation)
    explanation = "A link alone (page furniture), not terms of its own"
    return Evidence("editorial", "editorial.site-links", "both", "", explanation)


def _a_navigation_label(change: Change, rules: RuleSet) -> bool:
    """Return whether a change adds or removes, whole, only a page's navigation labels
    ("Table of Contents", "On this page:", "Back to top"; rules.navigation_labels)."""
    clauses = _added_or_removed_clauses(change)
    return bool(clauses) and all(
        any(p.fullmatch(_LABEL_MARKS.sub("", c.text)) for p in rules.navigation_labels)
        for c in clauses
    )


# what a label's text may carry around its words: a clause number, markup, a colon
_LABEL_MARKS = regexcache.compile(r"^[\W\d_]+|[\W_]+$")


# the label of a link that names a document, not one that offers to act on it
_DOCUMENT_LINK = regexcache.compile(
    r"^[\d.\s]*+(?!(?:download|read|learn|view|see|print|back|go|click)\b).*\b(?:terms(?: of \w+)?|"
    r"polic(?:y|ies)|guidelines|notice|agreement|addendum|conditions|statement)\s*$",
    re.IGNORECASE,
)

NAVIGATION_WORDS = 3  # a menu label ("Français (France)") is a word or three
MENU_ITEMS = 4  # a line of at least this many short items split by "·" or "•" is a menu
MENU_ITEM_WORDS = 4
LINK_ITEM_WORDS = 8  # a linked item may be an article's title ("How to download your data")


def _only_link_lines(change: Change) -> bool:
    """Return whether every clause a change touches, on each side it has, is a line of
    links or of menu items ("About · Help Center · Privacy · Terms"): page furniture
    anywhere in the document, unlike a short label, which may be a heading."""
    sides = [
        clauses
        for clauses in (
            clauses_of(change.old, change.old_extra),
            clauses_of(change.new, change.new_extra),
        )
        if clauses
    ]
    return bool(sides) and all(_is_link_line(c) for clauses in sides for c in clauses)


def _is_link_line(clause: Clause) -> bool:
    """Return whether a clause is a line made mostly of links (two at least) or of
    short items split by "·" or "•" (not "|", which splits the cells of a table row),
    after a label of its own ("Related articles: ...")."""
    linked = len(clause.links) >= 2  # items that are links may be article titles
    # (words counted by the runs of spaces between them: most clauses are far from
    # either; a label may be indented, "[*   Home](...)")
    if linked and len(clause.links) * 2 > len(clause.text.split()) - 1:
        return True
    if "·" not in clause.text and "•" not in clause.text:
        return False
    text = _MENU_LABEL.sub("", clause.text, count=1)
    items = [item for item in _MENU_SPLIT.split(text) if item.strip()]
    enough = MENU_ITEMS - 1 if linked else MENU_ITEMS
    longest = LINK_ITEM_WORDS if linked else MENU_ITEM_WORDS
    return len(items) >= enough and all(len(WORD.findall(item)) <= longest for item in items)


_MENU_SPLIT = regexcache.compile(r"\s[·•]\s")
# a clause number and a short label before the items ("1.1 Related articles:")
_MENU_LABEL = regexcache.compile(r"^[\d.\s]*(?:[^\W\d][\w\s]{0,30}:\s)?")


def _is_navigation(clause: Clause) -> bool:
    """Return whether a clause is a menu label or a line made mostly of links."""
    words = len(WORD.findall(clause.text))
    return words <= NAVIGATION_WORDS or len(clause.links) * 2 >= words


def _entity_changed(change: Change, rules: RuleSet) -> Evidence | None:
    """Return evidence that an edit replaces a company's legal form by another in a
    clause that makes it a party to the terms ("an agreement between you and Reddit,
    Inc." -> "Reddit Netherlands B.V."), or None. A company renamed in place keeps its
    form ("Facebook, Inc." -> "Meta Platforms, Inc."); an EU representative is no party.
    A company written in with words that make it a party ("the Service is instead
    provided by Spotify AB") is another party too."""
    if change.old is None or change.new is None or not rules.legal_forms:
        return None
    deleted, inserted = (
        " ".join(s.text for s in change.redline if s.op == op) for op in ("delete", "insert")
    )
    old_forms = legal_forms_in(deleted, rules.legal_forms)
    new_forms = legal_forms_in(inserted, rules.legal_forms)
    if (
        not old_forms
        and new_forms
        and _first_match(rules.contracting_party, inserted)
        and not _named_before(change.new.text, change.old.text, rules.legal_forms)
    ):
        # a party added in words of its own ("... is instead provided by Spotify AB")
        words = " ".join(sorted(new_forms))
        explanation = "Another company becomes party to the terms (another legal entity)"
        return Evidence("other", "other.entity", "inserted", words, explanation)
    if same_legal_forms(old_forms, new_forms) or not old_forms or not new_forms:
        return None  # a legal form only added or dropped names the same company
    if rules.contracting_party and not _first_match(rules.contracting_party, change.new.text):
        return None  # another representative or agent, not another party to the terms
    words = " → ".join(" ".join(sorted(forms)) or "-" for forms in (old_forms, new_forms))
    explanation = "The company that is party to the terms changed (another legal entity)"
    return Evidence("other", "other.entity", "both", words, explanation)


def _named_before(new: str, old: str, legal_forms: Sequence[re.Pattern[str]]) -> bool:
    """Return whether each company new names with its legal form was named in old:
    with the same form ("Meta Platforms, Inc."), or by its name alone where old gives no
    company a legal form ("Example" -> "Example Inc. ("Example", "we")")."""
    old_has_forms = any(pattern.search(old) for pattern in legal_forms)
    for pattern in legal_forms:
        for match in pattern.finditer(new):
            name = _NAME_BEFORE.search(new, 0, match.start())
            if name is None:
                continue
            named = f"{name.group(1)}{new[name.end(1) : match.end()]}"
            if named in old or (
                not old_has_forms and re.search(rf"\b{re.escape(name.group(1))}\b", old)
            ):
                continue
            return False
    return True


_NAME_BEFORE = regexcache.compile(r"([A-Z][\w&-]+),?\s*$")  # the word that names a company's form


def _first_match(patterns: Sequence[re.Pattern[str]], text: str) -> re.Match[str] | None:
    """Return the first match of the first of patterns that matches text."""
    return next((m for p in patterns if (m := p.search(text))), None)


def _explain(change: Change, rules: RuleSet) -> str:
    """Return a one-line plain-language explanation of a classified change, quoting a
    short edit ("Clause changed (new obligation): ... — adds “telecommunications fraud”")."""
    for item in change.evidence:
        if item.old is not None or item.new is not None:
            return item.explanation
    labels = [rules.kinds[k].label if k in rules.kinds else k for k in change.kinds]
    what = {
        "added": "New clause",
        "removed": "Clause removed",
        "moved": "Clause moved",
        "modified": "Clause changed",
    }[change.op]
    # what made the change not material speaks first
    lead = [e for e in change.evidence if e.rule in _NOT_MATERIAL_BECAUSE]
    first = next((e for e in lead + change.evidence if e.explanation), None)
    line = f"{what} ({', '.join(labels).lower()})"
    if first is not None:
        line += f": {first.explanation[:1].lower()}{first.explanation[1:]}"
    return line + _quoted_edit(change)


_NOT_MATERIAL_BECAUSE = (
    "moved-text",
    "informational",
    "examples-added",
)  # evidence that outweighs a kind
QUOTE_WORDS = 8  # an edit this short is quoted in the explanation


def _quoted_edit(change: Change) -> str:
    """Return " — adds “…”" / " — removes “…”" for a short edit of a changed clause,
    each piece quoted apart and one made in several places quoted once (“or Content”
    (3 places)), so the words read as they stand in the clause."""
    if change.op != "modified":
        return ""

    def pieces(op: str) -> dict[str, int]:
        found: dict[str, int] = {}
        side = [s for s in change.redline if s.op in ("equal", op)]
        addresses = [m.span() for m in WEB_ADDRESS.finditer("".join(s.text for s in side))]
        at = 0
        for segment in side:
            start, at = at, at + len(segment.text)
            text = segment.text.strip().strip(" ,;").strip()
            # clause numbers in the redline are renumbering, not wording; a piece of a
            # web address written out is a link target
            if (
                segment.op == op
                and WORD.search(text)
                and not _NUMBER.match(text)
                and not any(a <= start and at <= b for a, b in addresses)
            ):
                found[text] = found.get(text, 0) + 1
        return found

    inserted, deleted = pieces("insert"), pieces("delete")
    if any(sum(len(p.split()) for p in found) > QUOTE_WORDS for found in (inserted, deleted)):
        return ""  # a long edit is better read in the redline
    parts = [
        f"{verb} {_quote_pieces(found)}"
        for verb, found in (("adds", inserted), ("removes", deleted))
        if found
    ]
    return " — " + " and ".join(parts) if parts else ""


def _quote_pieces(found: dict[str, int]) -> str:
    """Return the pieces of an edit quoted in their order, with how many places each
    was made in when more than one: “Apps”, “or streaming service” (2 places)."""
    return ", ".join(
        f"“{piece}”" + (f" ({count} places)" if count > 1 else "") for piece, count in found.items()
    )


_NUMBER = regexcache.compile(r"^[\d.()]+$")


def classify_report(report: Report, rules: RuleSet) -> None:
    """Fill kinds, materiality, direction and evidence of every change in report, by
    the rules of the agreement's language (see RuleSet.language_of): the new version's,
    or the old version's when the new one has too little text to tell."""
    language = rules.language_of(_sample(report.new)) or rules.language_of(_sample(report.old))
    rules = rules.for_language(language)
    moved = MovedText(
        report.changes, removed_sentences, added_sentences, partial(_document_texts, report)
    )
    renames = equivalent_replacements(report.changes, rules.synonyms)
    counts: dict[tuple[str, str], int] = {}
    introduces: dict[int, bool] = {}
    tail = _tail(report)
    for change in report.changes:
        parent = partial(_parent_text, report, change, introduces, rules.rule_items)
        trailing = id(change) in tail
        classify_change(change, rules, report.renumbered, parent, moved, counts, renames, trailing)


def _document_texts(report: Report) -> tuple[str, str]:
    """Return the whole text of the old and of the new version, a clause a line."""
    old, new = ("\n".join(c.text for c in d.clauses) for d in (report.old, report.new))
    return old, new


def _tail(report: Report) -> set[int]:
    """Return the ids of the added (removed) changes that, together, run to the end of
    the new (old) document: what a page captured from the web ends with."""
    found: set[int] = set()
    for document, op in ((report.new, "added"), (report.old, "removed")):
        owner: dict[int, Change] = {}
        for change in report.changes:
            if change.op == op:
                side = (
                    (change.new, *change.new_extra)
                    if op == "added"
                    else (change.old, *change.old_extra)
                )
                owner.update((clause.index, change) for clause in side if clause is not None)
        index = len(document.clauses) - 1
        while index in owner and not _continues_a_sentence(document, index, owner):
            found.add(id(owner[index]))
            index -= 1
    return found


def _continues_a_sentence(document: Document, index: int, changed: Mapping[int, object]) -> bool:
    """Return whether the clause at index is an item of a list that a sentence kept in
    the document introduces ("You must not post anything we believe to be:"): the
    agreement's words, not a page's menu."""
    if not document.clauses[index].is_item:
        return False
    before = index - 1  # the clause before the list's first item
    while before >= 0 and document.clauses[before].is_item:
        before -= 1
    if before < 0 or before in changed:
        return False
    lead_in = document.clauses[before]
    return not lead_in.is_heading and _opens_a_list(lead_in.text)


def _opens_a_list(text: str) -> bool:
    """Return whether text is a sentence that introduces a list: it ends with a colon
    and has some words ("You must not post anything we believe to be:", not "Follow
    us:")."""
    return text.rstrip().endswith(":") and len(WORD.findall(text)) >= LEAD_IN_WORDS


def _sample(document: Document) -> str:
    """Return the opening of one version of the agreement."""
    parts, size = [], 0
    for clause in document.clauses:
        parts.append(clause.text)
        size += len(clause.text)
        if size >= LANGUAGE_SAMPLE_CHARS:
            break
    return "\n".join(parts)


def _parent_text(
    report: Report,
    change: Change,
    introduces: dict[int, bool] | None = None,
    rule_items: Sequence[re.Pattern[str]] = (),
) -> str:
    """Return the text of the clause that encloses a change's clause, if any: the
    clause it belongs to, the sentences that introduce its list, or, for an item of a
    list of rules no sentence introduces (rule_items), RULE_ITEM_LEAD_IN.

    introduces remembers, for one report, which clauses introduce a list."""
    known = {} if introduces is None else introduces
    clause, doc = (change.new, report.new) if change.new else (change.old, report.old)
    if clause is None:
        return ""
    if clause.parent is not None and clause.parent < len(doc.clauses):
        parent = doc.clauses[clause.parent]
        if not parent.is_heading:
            return parent.text
    # A list is introduced by sentences such as "we prohibit the following content:" or
    # "Don't post content if it fits any of the descriptions below."
    lead_ins: list[str] = []
    for index in range(clause.index - 1, max(-1, clause.index - LEAD_IN_REACH), -1):
        before = doc.clauses[index]
        if before.is_heading:
            break
        if id(before) not in known:
            known[id(before)] = before.text.rstrip().endswith(":") or _introduces_a_list(
                before.text
            )
        if known[id(before)]:
            lead_ins.append(before.text[:COUNT_CHARS])
            if len(lead_ins) == 3:
                break
    if not lead_ins and _reads_as_a_rule(clause.text, rule_items):
        return RULE_ITEM_LEAD_IN
    return "\n".join(lead_ins)


RULE_ITEM_LEAD_IN = "You must not:"
RULE_ITEM_WORDS = 120  # an item longer than this is a paragraph, not a rule of a list


def _reads_as_a_rule(text: str, rule_items: Sequence[re.Pattern[str]]) -> bool:
    """Return whether text opens like an item of a list of rules of conduct."""
    return any(p.match(text) for p in rule_items) and len(text.split()) <= RULE_ITEM_WORDS


def _introduces_a_list(text: str) -> bool:
    """Return whether text announces a list ("the following", "below", "examples of")."""
    # substring searches: a regex would walk every clause before the change
    lowered = text.lower()
    return any(_holds_words(lowered, words) for words in _LEAD_IN)


def _holds_words(text: str, words: str) -> bool:
    """Return whether words occur in text as whole words."""
    at = text.find(words)
    while at >= 0:
        end = at + len(words)
        if (at == 0 or not is_word_char(text[at - 1])) and (
            end == len(text) or not is_word_char(text[end])
        ):
            return True
        at = text.find(words, at + 1)
    return False
