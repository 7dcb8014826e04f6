"""Edits that change no meaning: punctuation, case, typos, renames, renumbered
cross-references, link targets, moves, and edits of dates alone.

These are recognised by the shape of the redline, not by words, so they live apart
from the phrase rules.
"""

from __future__ import annotations

import itertools
import os
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from difflib import SequenceMatcher
from functools import cache
from itertools import islice

from . import regexcache
from .dates import SHORT_DATE as _DATE
from .dates import parse_date
from .durations import Duration, compare_durations, find_durations
from .model import Change, Segment
from .ruleset import RuleSet
from .segment import clause_key
from .words import DIGIT, WEB_ADDRESS, WORD, is_word_char, lower_words, stem

_NAME = regexcache.compile(r"^\s*(?:[A-Z][\w’'.-]*\s*){1,4}$")


Renames = frozenset[tuple[str, str]]  # (old term, new term), see equivalent_replacements()
RENAME_MIN_CHANGES = 3  # a term replaced alike in this many changes is renamed throughout
_CURRENCY = regexcache.compile(r"[$€£¥₹]")
_TERM = regexcache.compile(r"^[A-Za-z][\w’'.-]*(?:\s+[A-Za-z][\w’'.-]*){0,2}$")


def equivalent_replacements(
    changes: Sequence[Change], synonyms: Mapping[str, str] | None = None
) -> Renames:
    """Return the replacements in a report's redlines that change no meaning, as written
    (spaces stripped): a phrase replaced by a synonym (synonyms maps each phrasing to
    its group's first, see RuleSet.synonyms: "e.g." -> "for example"), and a term
    replaced alike in RENAME_MIN_CHANGES changes or more, one side capitalised (a
    defined term renamed throughout: "mobile application" -> "App")."""
    counts: Counter[tuple[str, str]] = Counter()
    same: set[tuple[str, str]] = set()
    names: Counter[tuple[str, str]] = Counter()  # name swaps, in lower case
    capitals: set[tuple[str, str]] = set()
    for change in changes:
        found, named = set(), set()
        for pair in _replacements(change.redline):
            if synonyms and _synonymous(*pair, synonyms):
                same.add(pair)
            elif _is_rename(*pair):
                found.add(pair)
            if _NAME.match(pair[0]) and _NAME.match(pair[1]):
                named.add((pair[0].lower(), pair[1].lower()))
                if _is_capitals(pair[0]) and _is_capitals(pair[1]):
                    capitals.add(pair)
        counts.update(found)
        names.update(named)
    renamed = {pair for pair, count in counts.items() if count >= RENAME_MIN_CHANGES}
    # a swap written in capitals ("FACEBOOK" -> "META") is a rename when two changes
    # of the report make it, in capitals or not
    shouted = {pair for pair in capitals if names[(pair[0].lower(), pair[1].lower())] >= 2}
    return frozenset(renamed | same | shouted)


def _rename_reason(change: Change, rules: RuleSet, renames: Renames) -> str | None:
    """Return the explanation of a change whose only edits are renames or synonyms, or
    None when a rename swaps a legal form ("Ireland Limited" -> "Netherlands B.V." is
    another company)."""
    if _legal_form_replaced(change.redline, rules.legal_forms):
        return None
    assert change.old is not None and change.new is not None
    if frameworks_differ(change.old.key, change.new.key, rules.transfer_frameworks):
        return None
    replaced = _replacements(change.redline)
    if any(_CURRENCY.search(old + new) for old, new in replaced):
        return None  # "$5" -> "€5": another currency, though no word changed
    if any(_counts(old) and _counts(new) and _counts(old) != _counts(new) for old, new in replaced):
        return None  # "Once per year" -> "Twice": a capital at a sentence's start is no name
    if replaced and all(_same_legal_form(old, new, rules.legal_forms) for old, new in replaced):
        return "The same legal form written another way (e.g. Ltd for Limited)"
    if not replaced:
        if any(seg.op != "equal" and WORD.search(seg.text) for seg in change.redline):
            # a word only taken out of or put into a name ("Meta [Company] Products")
            return "Name changed (e.g. a company renamed); wording otherwise the same"
        return "Punctuation or spacing changed"
    # a mark put for another beside them ("(e.g., an app)" -> ", such as an app,") is
    # no term renamed
    replaced = [(old, new) for old, new in replaced if WORD.search(old + new)]
    if not replaced:
        return "Punctuation or spacing changed"
    if all(_synonymous(old, new, rules.synonyms) for old, new in replaced):
        return "Wording smoothed (a phrase replaced by a synonym)"
    parties = [(old, new) for old, new in replaced if _party_as_pronoun(old, new)]
    made = _made_pronouns(change.redline)
    if parties and all(
        pair in parties or _possessive_made(*pair, made) or _synonymous(*pair, rules.synonyms)
        for pair in replaced
    ):
        old, new = parties[0]
        return f"Party named by its pronoun (“{old}” → “{new}”); wording otherwise the same"
    terms = [(old, new) for old, new in replaced if not (_NAME.match(old) and _NAME.match(new))]
    if not terms:
        if _plan_renamed(replaced, rules, renames):
            return None  # a product renamed is news, not wording: see plan_renamed
        return "Name changed (e.g. a company renamed); wording otherwise the same"
    old, new = next((p for p in terms if not _synonymous(*p, rules.synonyms)), terms[0])
    return f"Term renamed throughout (“{old}” → “{new}”); wording otherwise the same"


def frameworks_differ(old: str, new: str, frameworks: Sequence[re.Pattern[str]]) -> bool:
    """Return whether two versions of a clause name other legal frameworks for sending
    personal data abroad ("Privacy Shield" -> "Data Privacy Framework"): a new legal
    basis for the transfer, never a name written another way nor a restatement."""
    return any(
        {m.group(0).lower() for m in p.finditer(old)}
        != {m.group(0).lower() for m in p.finditer(new)}
        for p in frameworks
    )


def _counts(text: str) -> list[str]:
    """Return the number and frequency words of text ("one", "Twice"), in lower case."""
    return [w for w in text.lower().split() if w in _NUMBER_WORDS or w in _TIMES]


def plan_renamed(change: Change, rules: RuleSet, renames: Renames) -> bool:
    """Return whether a changed clause only renames a plan, tier or product ("Orbit
    Gold" -> "Orbit Premium"), which the report does not rename throughout: a new
    product name (LABELS.md: other), where a company or a defined term renamed is
    wording."""
    if change.old is None or change.new is None or any(changed_words(change, renames)):
        return False
    return _plan_renamed(_replacements(change.redline), rules, renames)


def _plan_renamed(replaced: list[tuple[str, str]], rules: RuleSet, renames: Renames) -> bool:
    """Return whether one of the names replaced names a plan or tier and is not renamed
    throughout the report."""
    return any(
        pair not in renames and any(p.search(f"{pair[0]} {pair[1]}") for p in rules.plan_names)
        for pair in replaced
    )


def _replacements(segments: Sequence[Segment]) -> list[tuple[str, str]]:
    """Return the (deleted, inserted) texts of the adjacent deletions and insertions of a
    redline, spaces stripped."""
    return [
        (a.text.strip(), b.text.strip()) if a.op == "delete" else (b.text.strip(), a.text.strip())
        for a, b in zip(segments, segments[1:], strict=False)
        if {a.op, b.op} == {"delete", "insert"} and a.text.strip() and b.text.strip()
    ]


def _synonymous(old: str, new: str, synonyms: Mapping[str, str]) -> bool:
    """Return whether two phrasings (punctuation around them aside) are synonyms."""
    group = synonyms.get(old.strip(_AROUND).lower().replace("’", "'"))
    return group is not None and group == synonyms.get(new.strip(_AROUND).lower().replace("’", "'"))


_AROUND = " ,;:()"  # punctuation an edit may carry with a phrase: "(e.g.," -> ", such as"


def _is_rename(old: str, new: str) -> bool:
    """Return whether replacing old by new may rename a term: a few words, one side
    capitalised, no modal, negation or number (those change meaning wherever they recur)."""
    if not (_TERM.match(old) and _TERM.match(new)) or not (old[0].isupper() or new[0].isupper()):
        return False
    return not any(
        word.lower() in _NEGATIONS or word.lower() in _NUMBER_WORDS or word.lower() in _TIMES
        for word in (old + " " + new).split()
    )


def effective_redline(change: Change, renames: Renames = frozenset()) -> list[Segment]:
    """Return the redline with renames made equal: of a proper name (Facebook -> Meta),
    and of the terms renamed throughout the report (see equivalent_replacements)."""
    segments = list(change.redline)
    made = _made_pronouns(segments)
    result: list[Segment] = []
    i = 0
    while i < len(segments):
        seg = segments[i]
        nxt = segments[i + 1] if i + 1 < len(segments) else None
        before = result[-1].text if result else ""
        if (
            nxt is not None
            and {seg.op, nxt.op} == {"delete", "insert"}
            and (
                (
                    _is_name(seg.text)
                    and _is_name(nxt.text)
                    and not _parties_swapped(seg.text, nxt.text)
                    and not _written_in_lower_case(change, seg.text, nxt.text)
                    and not _PLACE_BEFORE.search(before)
                    and not _swapped(change, seg.text, nxt.text)
                    and (
                        not _DOCUMENT_AFTER.match(_text_after(segments, i + 2))
                        or _renamed_alone(segments, seg.text, nxt.text)
                    )
                    and not _PLACE_AFTER.match(_text_after(segments, i + 2))
                )
                or _renamed(seg, nxt, renames)
                or _party_as_pronoun(seg.text, nxt.text)
                or (made and _possessive_made(*_deleted_first(seg, nxt), made))
            )
        ):
            kept = nxt if nxt.op == "insert" else seg
            result.append(Segment("equal", kept.text))
            i += 2
            continue
        # (a space swapped for a no-break space beside the word changes nothing)
        blank = nxt is not None and nxt.op != "equal" and not nxt.text.strip()
        if (
            seg.op != "equal"
            and seg.text.strip()[:1].isupper()  # a capitalised word: a quick test first
            and (i == 0 or segments[i - 1].op == "equal")
            and (nxt is None or nxt.op == "equal" or blank)
            and _inside_a_name(before, seg.text, _text_after(segments, i + (2 if blank else 1)))
        ):
            i += 1  # "Meta Company Products" -> "Meta Products": the same name
            continue
        result.append(seg)
        i += 1
    return result


def _party_as_pronoun(a: str, b: str) -> bool:
    """Return whether one text names a party of the contract by its defined term and
    the other by the pronoun the contract uses for it ("the Company" -> "we", "the
    User's" -> "your", in a seller's agreement "the Seller" -> "you"): the same party
    in plain language."""
    return _pronoun_side(a, b) is not None or _pronoun_side(b, a) is not None


def _pronoun_side(term: str, pronoun: str) -> str | None:
    """Return "our" or "your", the possessive of the side a pronoun puts for a party's
    defined term, or None when it names no such party."""
    term, said = _without_agreeing_verbs(term.strip(), pronoun.strip().lower())
    named = _PARTY_TERM.fullmatch(term)
    if named is None:
        return None
    role = named.group("role").lower()
    possessive = named.group("s") is not None
    sides = (True, False) if role in _EITHER_SIDE else (role in _SUPPLYING,)
    for supplying in sides:
        if said in _PRONOUNS[(possessive, supplying)]:
            return "our" if supplying else "your"
    return None


def _without_agreeing_verbs(term: str, pronoun: str) -> tuple[str, str]:
    """Return a defined term and a pronoun without the verb each is written with, when
    the verbs agree with them alike ("The Purchaser is" -> "you are")."""
    words = term.split(" ")
    said, _, said_verb = pronoun.partition(" ")
    if len(words) > 1 and (words[-1].lower(), said_verb) in _AGREEING_VERBS:
        return " ".join(words[:-1]), said
    return term, pronoun


# a verb of the third person singular and the same verb with "you" or "we"
_AGREEING_VERBS = frozenset({("is", "are"), ("has", "have"), ("was", "were"), ("does", "do")})


def _made_pronouns(segments: Sequence[Segment]) -> frozenset[str]:
    """Return the possessives ("our", "your") of the sides whose defined terms a
    redline puts pronouns for."""
    found = set()
    for seg, nxt in itertools.pairwise(segments):
        if seg.op == "delete" and nxt.op == "insert":
            side = _pronoun_side(seg.text, nxt.text)
            if side is not None:
                found.add(side)
    return frozenset(found)


def _possessive_made(old: str, new: str, made: frozenset[str]) -> bool:
    """Return whether a third-person possessive is put back as the possessive of a side
    the redline names by its pronoun elsewhere (made, see _made_pronouns: "The Company
    will deduct its fees" -> "We will deduct our fees")."""
    return old.strip().lower() in _THIRD_PERSON_POSSESSIVES and new.strip().lower() in made


def _deleted_first(a: Segment, b: Segment) -> tuple[str, str]:
    """Return the texts of a deleted and an inserted segment, the deleted first."""
    return (a.text, b.text) if a.op == "delete" else (b.text, a.text)


_THIRD_PERSON_POSSESSIVES = frozenset({"its", "their", "his or her", "his/her", "his", "her"})

# a defined term naming a party ("the Company", "Provider's"), capitalised as defined
_PARTY_TERM = regexcache.compile(
    r"(?:[Tt]he )?(?P<role>Company|Provider|Supplier|Vendor|Licensor|Operator|Platform|User|"
    r"Customer|Client|Licensee|Subscriber|Member|Purchaser|Seller|Merchant|Host|Contractor|"
    r"Developer|Partner|Creator)(?P<s>['’]s)?"
)
# roles that are the supplying side of some contracts and the served side of others (a
# marketplace's agreement with its sellers calls them "you")
_EITHER_SIDE = frozenset(
    {"seller", "merchant", "host", "contractor", "vendor", "developer", "partner", "creator"}
)
# (possessive, supplying side) -> the pronouns that may stand for the party
_PRONOUNS: dict[tuple[bool, bool], frozenset[str]] = {
    (False, True): frozenset({"we", "us"}),
    (True, True): frozenset({"our"}),
    (False, False): frozenset({"you"}),
    (True, False): frozenset({"your"}),
}


def _renamed_alone(segments: Sequence[Segment], old: str, new: str) -> bool:
    """Return whether a redline also replaces old by new where no document's name
    follows: a document named after a product ("the Twitter Blue Terms") is renamed
    with it when the clause also renames the product alone ("subscribe to Twitter
    Blue")."""
    return any(
        (seg.text, nxt.text) == (old, new)
        and {seg.op, nxt.op} == {"delete", "insert"}
        and not _DOCUMENT_AFTER.match(_text_after(segments, k + 2))
        for k, (seg, nxt) in enumerate(zip(segments, segments[1:], strict=False))
    )


def _parties_swapped(a: str, b: str) -> bool:
    """Return whether two words name the two sides of a contract ("Customer may
    terminate" -> "Provider may terminate"): a right moved, not a rename, as "Client"
    -> "Customer" would be."""
    a, b = a.strip().lower(), b.strip().lower()
    return (a in _SUPPLYING and b in _SERVED) or (a in _SERVED and b in _SUPPLYING)


# the roles a contract gives its two sides, written as defined terms
_SUPPLYING = frozenset(
    {"provider", "supplier", "vendor", "company", "licensor", "seller", "contractor", "host",
     "merchant", "platform", "operator"}
)  # fmt: skip
_SERVED = frozenset(
    {"customer", "client", "licensee", "buyer", "guest", "user", "subscriber", "member",
     "purchaser"}
)  # fmt: skip


def _inside_a_name(before: str, word: str, after: str) -> bool:
    """Return whether a lone capitalised word taken out of (or put into) a text stands
    inside a name of capitalised words: between two of them ("Meta [Company]
    Products"), or before a name of two or more ("our [X] Master Services Agreement").
    Words in capitals are no such word ("[NOT] LIABLE"). Some capitalised words joined
    by "and" or "&" count as one ("our [Safety & ]Privacy Center"), but not before the
    name of a document, which they would add to ("our [Payment Terms and ]Privacy
    Policy")."""
    word = word.strip()
    if word.isupper() and len(word) > 1:
        return False
    if not _NAME_WORD.fullmatch(word) and (
        not _NAME_WORDS_JOINED.fullmatch(word) or _names_a_document(after)
    ):
        return False
    follows = _NAME_START.match(after)
    if follows is None:
        return False
    return _NAME_END.search(before) is not None or len(follows.group(0).split()) >= 2


def _names_a_document(text: str) -> bool:
    """Return whether the name that opens text ends in a document's name ("Privacy
    Policy", "Community Guidelines")."""
    name = _NAME_START.match(text)
    return name is not None and _DOCUMENT_AFTER.search(name.group(0).split()[-1]) is not None


_NAME_WORD = regexcache.compile(r"[A-Z][\w’'-]*")
# ("Safety &", "Safety and Support", "Trust, Safety and")
_NAME_WORDS_JOINED = regexcache.compile(
    r"[A-Z][\w’'-]*(?:(?:,\s*|\s+(?:&|and)\s+)[A-Z][\w’'-]*)*(?:,|\s+(?:&|and))?"
)
_NAME_START = regexcache.compile(r"\s*(?:[A-Z][a-z][\w’'-]*\s+)*[A-Z][a-z][\w’'-]*")
_NAME_END = regexcache.compile(r"[A-Z][a-z][\w’'-]*\s*$")


def _text_after(segments: Sequence[Segment], index: int) -> str:
    """Return the text of the segment at index, or "" past the end."""
    return segments[index].text if index < len(segments) else ""


# the name of another document: "our [Privacy] Policy" -> "our [Partner Data Sharing]
# Policy" points elsewhere, it renames nothing
_DOCUMENT_AFTER = regexcache.compile(
    r"\s*(polic(y|ies)|terms|guidelines|notice|agreement|statement|standards|rules|"
    r"conditions|addendum)\b",
    re.I,
)


def _swapped(change: Change, a: str, b: str) -> bool:
    """Return whether two names trade places in a change rather than one renaming the
    other: each is still written on both sides ("Provider shall indemnify Customer" ->
    "Customer shall indemnify Provider")."""
    old, new = change.old.text if change.old else "", change.new.text if change.new else ""
    names = (a.strip(), b.strip())
    return all(_holds_name(text, name) for text in (old, new) for name in names)


def _holds_name(text: str, name: str) -> bool:
    """Return whether text holds name as whole words."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


# words that introduce a place: a name swapped after them moves a forum or a seat
# ("the laws of California" -> "the laws of Delaware"), it renames nothing
_PLACE_BEFORE = regexcache.compile(
    r"\b(laws?|courts?|state|province|country|republic|commonwealth|kingdom|residents?|"
    r"citizens?|jurisdiction|venue|seat) (of|in)( the)?\s*$|\b(governed by|seated in|"
    r"(located|situated|sitting) (in|at)|resident in|courts? at)( the)?\s*$|"
    # where a claim is heard: "decided by confidential arbitration in Texas"
    r"\b(arbitration|arbitrated|conducted|held|heard|filed|brought|litigated) in( the)?\s*$",
    re.I,
)


# and words that follow a place: "under Delaware law" -> "under California law"
_PLACE_AFTER = regexcache.compile(r"\s*(laws?|courts?|state courts?|federal courts?)\b", re.I)


def _is_name(text: str) -> bool:
    """Return whether text looks like a proper name (capitalised words), which a
    rename may replace; a month or a number is no name ("June" -> "November" changes a
    date, "ONE (1) YEAR" -> "SIX (6) MONTHS" a period), and
    in capitals any word looks like one ("WEBSITE" -> "SERVICE"): such a swap is a
    rename only when the report makes it in two changes (see equivalent_replacements)."""
    return (
        _NAME.match(text) is not None
        and text.strip().lower() not in _MONTHS
        and text.strip().lower() not in _NUMBERS
        and not _is_capitals(text)
    )


def _written_in_lower_case(change: Change, a: str, b: str) -> bool:
    """Return whether a word taken for a name is written in lower case in the other
    version: a common word that only opened a sentence ("Fees may be charged by us" ->
    "We may charge fees")."""
    assert change.old is not None and change.new is not None
    for word, other in ((a.strip(), change.new.text), (b.strip(), change.old.text)):
        if " " not in word and re.search(rf"\b{re.escape(word.lower())}\b", other):
            return True
    return False


def _is_capitals(text: str) -> bool:
    """Return whether text is written in capitals ("THE APP"), not a name's initials."""
    return text.isupper() and sum(c.isalpha() for c in text) > 3


# a verb that agrees with a renamed term: "the App is" -> "the Apps are"
_AGREEMENT = {("is", "are"), ("are", "is"), ("has", "have"), ("have", "has"), ("was", "were")}
_AGREEMENT |= {("were", "was"), ("does", "do"), ("do", "does")}


def _renamed(a: Segment, b: Segment, renames: Renames) -> bool:
    """Return whether two adjacent segments (a deletion and an insertion) are a rename,
    alone, with its article made to fit ("our application" -> "the App") or with its
    verb made to agree ("App is" -> "Apps are")."""
    if not renames:
        return False
    old, new = (a, b) if a.op == "delete" else (b, a)
    old_text, new_text = old.text.strip(), new.text.strip()
    if (old_text, new_text) in renames:
        return True
    # with its article or possessive made to fit: "our mobile application" -> "the App"
    if (_DETERMINER.sub("", old_text, 1), _DETERMINER.sub("", new_text, 1)) in renames:
        return True
    old_term, _, old_verb = old_text.rpartition(" ")
    new_term, _, new_verb = new_text.rpartition(" ")
    return (old_verb.lower(), new_verb.lower()) in _AGREEMENT and (old_term, new_term) in renames


_DETERMINER = regexcache.compile(r"^(?:the|a|an|our|your|its|their|this|that)\s+", re.I)


def changed_words(change: Change, renames: Renames = frozenset()) -> tuple[list[str], list[str]]:
    """Return the deleted and the inserted words of a change (renames set aside)."""
    # Several checks of one change ask; the answer is remembered for its redline list.
    key = (id(change.redline), renames)
    known = _CHANGED_WORDS.get(key)
    if known is not None and known[0] is change.redline:
        return list(known[1]), list(known[2])
    redline = effective_redline(change, renames)
    deleted = WORD.findall(" ".join(s.text for s in redline if s.op == "delete"))
    inserted = WORD.findall(" ".join(s.text for s in redline if s.op == "insert"))
    if len(_CHANGED_WORDS) >= 64:
        _CHANGED_WORDS.clear()
    _CHANGED_WORDS[key] = (change.redline, tuple(deleted), tuple(inserted))
    return deleted, inserted


_CHANGED_WORDS: dict[tuple[int, Renames], tuple[list[Segment], tuple[str, ...], tuple[str, ...]]]
_CHANGED_WORDS = {}


def _apply_renumbering(text: str, renumbered: dict[str, str]) -> str:
    """Return text with every renumbered clause reference replaced by its new number."""
    refs = {k.split()[-1]: v.split()[-1] for k, v in renumbered.items()}
    if not refs:
        return text
    pattern = re.compile(
        r"(?<![\w.])("
        + "|".join(re.escape(k) for k in sorted(refs, key=len, reverse=True))
        + r")(?![\w]|\.\d)"
    )
    return pattern.sub(lambda m: refs[m.group(1)], text)


# what a change of page furniture alone (Change.noise) is, told to readers
_NOISE_REASONS = {
    "links": "Only link targets changed",
    "images": "Only images changed",
    "layout": "Only layout changed (table borders or empty cells, no words)",
}


def editorial_reason(
    change: Change,
    renumbered: dict[str, str],
    rules: RuleSet,
    renames: Renames = frozenset(),
    *,
    edit_by_edit: bool = True,
) -> str | None:
    """Return why a change is editorial (no change in meaning), or None if it is not;
    renames are the terms the report renames throughout (see equivalent_replacements).
    With edit_by_edit, a change whose edits are each editorial alone is editorial too
    ("any time" -> "at any time" beside "subscriptions" -> "subscription")."""
    if change.noise:
        return _NOISE_REASONS[change.noise]
    old, new = change.old, change.new
    if old is None or new is None:
        return None
    if (
        change.op == "moved"
        and old.key == new.key
        and all(a.key == b.key for a, b in zip(change.old_extra, change.new_extra, strict=False))
    ):
        return "Moved without changes to its text"
    # a block (a moved Article) is compared whole
    old_key = " ".join(c.key for c in (old, *change.old_extra)).lower()
    new_key = " ".join(c.key for c in (new, *change.new_extra)).lower()
    if old_key == new_key:
        return "Capitalisation changed"
    # a currency is written as a sign: "$5" -> "€5" changes no word but the price
    same_currencies = _CURRENCY.findall(old_key) == _CURRENCY.findall(new_key)
    if same_currencies and (
        _same_words(old_key, new_key) or _words_unjoined(change.redline, old_key, new_key)
    ):
        return "Punctuation or spacing changed"
    if renumbered and _apply_renumbering(old.key, renumbered) == new.key:
        return "Cross-reference updated after renumbering"
    for shape, reason in _REDLINE_SHAPES:
        if shape(change.redline):
            return reason
    name = _written_another_way(change.redline, *_clause_texts(change))
    if name is not None:
        return name
    wording = _wording_reason(change, rules, renames)
    if wording is not None:
        return wording
    if _only_adds_an_address(change.redline):
        return "Adds where a document can be found (a link or address), no new terms"
    if _only_written_out_addresses(change.redline):
        return "Link changed (a web address written out added, dropped or replaced)"
    if (
        _at_most_words(old.key, _DATE_LINE_WORDS)
        and _at_most_words(new.key, _DATE_LINE_WORDS)
        and (dates := _DATE.findall(old.key))
        and dates == _DATE.findall(new.key)
    ):
        return "Date line reworded; the date itself is unchanged"
    if is_date_only(change, rules, renames) and _same_dates(old.key, new.key):
        return "The same date written another way"
    if (  # a short line that is a link to another page: navigation, not terms
        old.links
        and new.links
        and old.links != new.links
        and len(WORD.findall(new.key)) <= 8
        and len(WORD.findall(old.key)) <= 8
        # a new date in it ("Effective January 15, 2024 | Download PDF") is a date change
        and _DATE.findall(old.key) == _DATE.findall(new.key)
    ):
        return "Link changed"
    if edit_by_edit:
        return _each_edit_editorial(change, renumbered, rules, renames)
    return None


def _each_edit_editorial(
    change: Change, renumbered: dict[str, str], rules: RuleSet, renames: Renames
) -> str | None:
    """Return why every edit of a change is editorial when made alone, or None: each
    separate stretch of the redline applied on its own to the old text (at most
    SPLIT_EDITS of them, each of at most SPLIT_EDIT_WORDS words; a longer one, of up to
    SPLIT_NAME_WORDS, only where it writes a name another way: "the European Economic
    Area (EEA) or the United Kingdom (UK)" -> "the EEA or the UK")."""
    if change.old is None or change.new is None or change.old_extra or change.new_extra:
        return None
    groups = _edit_groups(change.redline)
    if not 2 <= len(groups) <= SPLIT_EDITS:
        return None
    edits = ["".join(change.redline[i].text for i in group) for group in groups]
    # (counted no further than the most that is read: an edit may be a whole paragraph)
    sizes = [sum(1 for _ in islice(WORD.finditer(edit), SPLIT_NAME_WORDS + 1)) for edit in edits]
    if max(sizes) > SPLIT_NAME_WORDS:
        return None
    reasons: dict[int, str] = {}
    # the longest edit first: it is the likeliest to change the meaning, and most
    # changes stop at it (before the addresses of two long texts are compared)
    for at in sorted(range(len(groups)), key=lambda k: -sizes[k]):
        if sizes[at] > SPLIT_EDIT_WORDS and not _NAME_SIGN.search(edits[at]):
            return None  # the common case, told before the edit is applied
        part = _with_only(change, groups[at])
        if sizes[at] > SPLIT_EDIT_WORDS:
            reason = _written_another_way(part.redline, *_clause_texts(part))
        else:
            reason = editorial_reason(part, renumbered, rules, renames, edit_by_edit=False)
        if reason is None:
            return None
        if not reasons and _addresses_changed(change):
            return None  # a word beside a changed address may say what it is for
        reasons[at] = reason
    return "; ".join(dict.fromkeys(reasons[at] for at in sorted(reasons)))


def _addresses_changed(change: Change) -> bool:
    """Return whether a change's links or the web addresses written in it changed."""
    old, new = change.old, change.new
    assert old is not None and new is not None
    return old.links != new.links or _ANY_URL.findall(old.text) != _ANY_URL.findall(new.text)


SPLIT_EDITS = 10  # edits of a change read one by one; more is a rewrite
SPLIT_EDIT_WORDS = 8  # words of one edit (deleted and inserted) read on its own
SPLIT_NAME_WORDS = 16  # words of one edit read on its own for a name written another way
# what a name written another way holds: an email address, an abbreviation, a number
_NAME_SIGN = regexcache.compile(r"@|\b[A-Z](?:\.?[A-Z]){1,4}\b|\d")


def _edit_groups(segments: list[Segment]) -> list[list[int]]:
    """Return the indexes of the segments of each separate edit of a redline: runs of
    deleted and inserted text, parted by unchanged text that holds a word."""
    groups: list[list[int]] = []
    joined = False
    for index, segment in enumerate(segments):
        if segment.op == "equal":
            joined = joined and not WORD.search(segment.text)
            continue
        if joined:
            groups[-1].append(index)
        else:
            groups.append([index])
        joined = True
    return groups


def _with_only(change: Change, group: list[int]) -> Change:
    """Return the change with only the edit made of the segments in group: the old
    clause, and a new one that differs from it by that edit alone."""
    assert change.old is not None and change.new is not None
    segments: list[Segment] = []
    for index, segment in enumerate(change.redline):
        if index in group:
            op = segment.op
        elif segment.op == "insert":
            continue
        else:
            op = "equal"
        if segments and op == "equal" and segments[-1].op == "equal":
            segments[-1] = Segment("equal", segments[-1].text + segment.text)
        else:
            segments.append(Segment(op, segment.text))
    text = "".join(s.text for s in segments if s.op != "delete")
    new = replace(change.new, text=text, key=clause_key(text))
    return replace(change, new=new, redline=segments)


def _written_another_way(segments: list[Segment], old: str, new: str) -> str | None:
    """Return why a clause only writes a name or a number another way (an email
    address written out, an abbreviation spelled out, a phone number in international
    form, the document's own name given in full), or None."""
    edited = "".join(s.text for s in segments if s.op != "equal")
    if "@" in edited and _email_written_out(old, new):
        return "An email address written out, the same address"
    if _abbreviations_spelled_out(edited, segments, old, new):
        return "An abbreviation spelled out or defined, the same words otherwise"
    if DIGIT.search(edited) and _same_phone_numbers(old, new):
        return "The same phone number written another way"
    if "(" in edited and _numbers_spelled_out(old, new):
        return "A number written in words beside its digits, the same number"
    # (title words: a few, one of them capitalised)
    if (
        len(edited) <= _TITLE_EDIT_CHARS
        and not edited.islower()
        and _document_named_another_way(old, new)
    ):
        return "The document names itself more fully or more briefly"
    return None


# a phone number: digits with spaces, brackets, dots or dashes, perhaps "+44" or "0044"
_PHONE = regexcache.compile(r"(?<![\w+])(?:\+|00)?\d[\d ().-]{7,}\d(?!\w)")
_PHONE_DIGITS = 9  # the last digits that name a line whatever prefix is dialled


def _same_phone_numbers(old: str, new: str) -> bool:
    """Return whether the texts differ only in how they write the same phone numbers
    ("0800 123 4567" -> "+44 800 123 4567")."""
    if not (_PHONE.search(old) and _PHONE.search(new)):
        return False
    return old != new and _PHONE.sub(_line_of, old) == _PHONE.sub(_line_of, new)


def _line_of(match: re.Match[str]) -> str:
    """Return the last digits of a _PHONE match, or the match itself if it is short."""
    digits = re.sub(r"\D", "", match.group(0))
    return digits[-_PHONE_DIGITS:] if len(digits) >= _PHONE_DIGITS else match.group(0)


def _wording_reason(change: Change, rules: RuleSet, renames: Renames) -> str | None:
    """Return why the words a change deletes and inserts change no meaning (renames,
    function words, a legal form, reordering, typos, a rewording), or None."""
    deleted, inserted = changed_words(change, renames)
    if not deleted and not inserted:
        return _rename_reason(change, rules, renames)
    if _only_function_words(deleted, inserted, rules):
        return "Wording smoothed (only function words changed)"
    if _only_a_legal_form(deleted, inserted, rules.legal_forms):
        return "Company named with or without its legal form (e.g. Inc.)"
    if (
        _reordered(deleted, inserted)
        and (_moves_keep_meaning(change.redline) or _items_reordered(change))
        and not _terms_traded(*_clause_texts(change), rules)
    ):
        return "Words or list items reordered"
    if deleted and deleted == inserted:  # the same words taken out in one place, put in another
        if _moves_keep_meaning(change.redline):
            return "Words moved within the clause, unchanged"
        if _phrase_moved(*_clause_texts(change), rules):
            return PHRASE_MOVED
        if _pieces_reordered(*_clause_texts(change), rules):
            return PIECES_REORDERED
        if _reworded_in_place(*_clause_texts(change), rules):
            return REWORDED_IN_PLACE  # "may update ... occasionally" -> "may occasionally update"
        return None  # "unless you object" moved to another promise changes both
    if (
        deleted
        and inserted
        and len(deleted) == len(inserted) <= 3
        and all(
            _spelt_alike(a, b, rules) or _agrees(a, b)
            for a, b in zip(deleted, inserted, strict=True)
        )
    ):
        return "Spelling or grammar corrected"
    # fails at the first word of new content
    if _absorbed(deleted, inserted, rules) and _absorbed(inserted, deleted, rules):
        reason = _same_terms_reason(change, deleted, inserted, rules)
        if reason is not None:
            return reason
    if _same_quantities(change, deleted, inserted, rules):
        return "The same amount or period written another way"
    return None


REWORDED_IN_PLACE = "Words or phrases reordered within their sentences, with the same terms"
# words that may qualify a whole sentence from wherever they stand in it, or in the next
# one ("We don't review content. However, we may remove it." -> "We may remove content.
# We don't, however, review it.")
_SENTENCE_LINKS = frozenset(stem(w) for w in ("however", "but", "also"))
# words whose scope is the word after them: "not" moved to another verb changes the sense
_SCOPE_WORDS = frozenset(
    stem(w) for w in ("not", "no", "never", "without", "unless", "except", "only")
)
# adverbs that may stand between such a word and its verb ("do not otherwise supply",
# "do not, however, check")
_SCOPE_SKIPS = _SENTENCE_LINKS | {
    stem(w) for w in ("otherwise", "always", "just", "ever", "even", "currently")
}


def _reworded_in_place(old: str, new: str, rules: RuleSet) -> bool:
    """Return whether new holds the terms of old (see _terms), sentence by sentence,
    in another order ("Vantaview may suspend your access immediately if we believe you
    broke the rules" -> "If we believe you broke the rules, Vantaview may immediately
    suspend your access"). Terms carried into another sentence ("Unless you opt out"
    moved to another promise), a scope word such as "not" or "unless" put before another
    word, or two terms trading places around others ("Provider shall indemnify
    Customer" -> "Customer shall indemnify Provider", "10 days ... $7" -> "7 days ...
    $10") change the meaning."""
    old_terms, old_breaks, old_ends = _phrased_terms(old, rules)
    new_terms, _, new_ends = _phrased_terms(new, rules)
    if old_terms == new_terms or Counter(old_terms) != Counter(new_terms):
        return False
    if _sentence_bags(old_terms, old_ends) != _sentence_bags(new_terms, new_ends):
        return False
    return _scopes(old_terms) == _scopes(new_terms) and not _traded_places(
        old_terms, new_terms, old_breaks
    )


def _terms_traded(old: str, new: str, rules: RuleSet) -> bool:
    """Return whether new is old with two of its terms or runs of terms trading places
    (see _traded_places)."""
    old_terms, old_breaks, _ = _phrased_terms(old, rules)
    new_terms = _phrased_terms(new, rules)[0]
    return (
        old_terms != new_terms
        and Counter(old_terms) == Counter(new_terms)
        and _traded_places(old_terms, new_terms, old_breaks)
    )


def _common_ends(old: list[str], new: list[str]) -> tuple[int, int]:
    """Return how many terms two lists of the same terms in another order share at
    their start and at their end."""
    head = 0
    while old[head] == new[head]:
        head += 1
    tail = 0
    while old[-tail - 1] == new[-tail - 1]:
        tail += 1
    return head, tail


def _sentence_bags(terms: list[str], ends: set[int]) -> Counter[tuple[str, ...]]:
    """Return each promise of each sentence of terms as its sorted terms, the words
    that link them aside ("and", "however"). A sentence holds a promise per party and
    modal ("we may", "you must"), from one to the next; the words before the first
    belong to it ("Subject to 30 days' notice, we may change fees, and you may cancel
    at any time": the notice qualifies our promise, not the user's)."""
    bounds = sorted(ends)
    bags: Counter[tuple[str, ...]] = Counter()
    for a, b in zip(bounds, bounds[1:], strict=False):
        promises = [i for i in range(a, b - 1) if terms[i] in _PARTIES and terms[i + 1] in _MODALS]
        for start, end in zip([a, *promises[1:]], [*promises[1:], b], strict=True):
            if end > start:
                bags[tuple(sorted(t for t in terms[start:end] if t not in _LINKS))] += 1
    return bags


_LINKS = _SENTENCE_LINKS | {"and", "or", "nor"}
_PARTIES = frozenset(stem(w) for w in ("we", "you", "they"))
_MODALS = frozenset(stem(w) for w in ("may", "must", "will", "shall", "can", "cannot"))


def _scopes(terms: list[str]) -> Counter[tuple[str, str]]:
    """Return each scope word of terms with the term it governs."""
    scopes: Counter[tuple[str, str]] = Counter()
    for index, term in enumerate(terms):
        if term in _SCOPE_WORDS:
            after = next((t for t in terms[index + 1 :] if t not in _SCOPE_SKIPS), "")
            scopes[(term, after)] += 1
    return scopes


def _traded_places(old: list[str], new: list[str], breaks: set[int]) -> bool:
    """Return whether new is old's terms with two runs swapped around a middle that is
    more than a list's separators (A M B -> B M A, once the common start and end are
    cut): "the Seller shall refund the Buyer" -> "the Buyer shall refund the Seller".
    Items of a list trading places ("spam, malware and scams" -> "scams, malware and
    spam") meet the middle at punctuation (breaks, the places _phrased_terms marks) or
    at "and" or "or"."""
    head, tail = _common_ends(old, new)
    a, b = old[head : len(old) - tail], new[head : len(new) - tail]
    size = len(a)
    for j in range(2, size):
        if a[j] != b[0] or a[j:] != b[: size - j]:
            continue  # B, the end of old, must open new
        for i in range(1, j):
            middle = a[i:j]
            if a[:i] != b[size - i :] or middle != b[size - j : size - i]:
                continue
            listed = (head + i in breaks or middle[0] in _JOINING) and (
                head + j in breaks or middle[-1] in _JOINING
            )
            if not listed:
                return True
    return False


def _same_terms_reason(
    change: Change, deleted: list[str], inserted: list[str], rules: RuleSet
) -> str | None:
    """Return why a change whose every changed word may cancel out (see _absorbed)
    says the same with the same terms, or None."""
    old, new = _clause_texts(change)
    if _words_changed_beyond_case(deleted, inserted) <= SAME_TERMS_WORDS:
        old_terms, new_terms = _edited_terms(old, new, rules)
        if old_terms == new_terms:
            return "Reworded with the same terms (synonyms, contractions or number formats)"
        if _respelt_terms(old_terms, new_terms, rules):
            return "Spelling corrected, with the same terms"
        if _voice_changed(old_terms, new_terms) or _voice_changed(new_terms, old_terms):
            return VOICE_CHANGED
        if Counter(old_terms) == Counter(new_terms):
            if _phrase_moved(old, new, rules):
                return PHRASE_MOVED
            if _pieces_reordered(old, new, rules):
                return PIECES_REORDERED
    if _reworded_in_place(old, new, rules):
        return REWORDED_IN_PLACE
    return None


PHRASE_MOVED = "A phrase moved within its sentence, with the same terms"
VOICE_CHANGED = "Passive made active or the reverse, with the same terms"
_VOICE_PARTIES = {"us": "we", "we": "us"}


def _voice_changed(passive: list[str], active: list[str]) -> bool:
    """Return whether active says what passive says with "by us" made the subject:
    "your data may be shared by us with X" -> "we may share your data with X" (terms,
    see _edited_terms: "be" is ignored). Without "by us" and "we", the passive reads
    X M V R and the active M V X R: only the thing acted on moves, past the verb."""
    if "we" not in active or "by" not in passive:
        return False
    at = next((i for i in range(len(passive) - 1) if passive[i : i + 2] == ["by", "us"]), None)
    if at is None:
        return False
    before = passive[:at] + passive[at + 2 :]
    after = active.copy()
    after.remove("we")
    if len(before) != len(after) or Counter(before) != Counter(after):
        return False
    for start in range(len(before)):
        if before[start] != after[start]:
            break
    else:
        return False
    before, after = before[start:], after[start:]
    for end in range(1, len(before)):
        for verb_end in range(end + 1, len(before) + 1):
            if (
                before[end:verb_end] + before[:end] == after[:verb_end]
                and before[verb_end:] == after[verb_end:]
            ):
                return True
    return False


PIECES_REORDERED = "Sentences, phrases or list items reordered, each with the same terms"


def _document_named_another_way(old: str, new: str) -> bool:
    """Return whether two texts differ only in how the document names itself after
    "this" or "these": words of its title put in or taken out ("This policy" -> "This
    Privacy Policy", "this Agreement" -> "this User Agreement")."""
    if old == new or not _SELF_REFERENCE.search(new):
        return False
    return _SELF_REFERENCE.sub(_bare_self_reference, old) == _SELF_REFERENCE.sub(
        _bare_self_reference, new
    )


def _bare_self_reference(match: re.Match[str]) -> str:
    """Return a self-reference without its title words, in lower case ("this policy")."""
    return f"{match.group(1).lower()} {match.group(2).lower()}"


_TITLE_EDIT_CHARS = 60  # characters an edit of a document's own name may span
# "this" or "these", up to three capitalised title words, and the kind of document
_SELF_REFERENCE = regexcache.compile(
    r"\b([Tt]h(?:is|ese))\s+(?:[A-Z][\w-]*\s+){0,3}"
    r"([Pp]olicy|[Nn]otice|[Tt]erms|[Aa]greement|[Ss]tatement|[Gg]uidelines)\b"
)


def _clause_texts(change: Change) -> tuple[str, str]:
    """Return the old and the new text of a change's clauses, links included (a changed
    address is a changed term)."""
    old = " ".join(c.text for c in (change.old, *change.old_extra) if c is not None)
    new = " ".join(c.text for c in (change.new, *change.new_extra) if c is not None)
    return old, new


def _words_changed_beyond_case(deleted: list[str], inserted: list[str]) -> int:
    """Return how many of the deleted and inserted words are not the same word in other
    capitals on the other side ("IN NO EVENT SHALL" -> "Under no circumstances will"
    changes four words, not eight)."""
    if (
        len(deleted) + len(inserted) <= SAME_TERMS_WORDS
        or 2 * min(len(deleted), len(inserted)) < len(deleted) + len(inserted) - SAME_TERMS_WORDS
    ):
        return len(deleted) + len(inserted)  # few words, or too few to pair off: no count
    common = Counter(w.lower() for w in deleted) & Counter(w.lower() for w in inserted)
    return len(deleted) + len(inserted) - 2 * sum(common.values())


def _absorbed(words: list[str], others: list[str], rules: RuleSet) -> bool:
    """Return whether each of words may cancel out in _edited_terms: the other side's
    words hold its stem, or it is a function word, a number or part of a phrasing of
    a synonym group (a quick test before the clauses are compared)."""
    spare = _spare_words(rules.synonym_words, rules.function_words)
    rest = [low for w in words if not w.isdigit() and (low := w.lower()) not in spare]
    if not rest:
        return True
    lowered = [w.lower() for w in others]
    stems = {stem(w) for w in lowered}
    for word in rest:  # most edits fail at their first word of new content
        # ("by us" in one voice is "we" in the other)
        if stem(word) in stems or (word in _VOICE_PARTIES and _VOICE_PARTIES[word] in stems):
            continue
        # or a word spelled another way ("centre" -> "center")
        if not _typo_twin(word, [w for w in lowered if w[:2] == word[:2]], rules):
            return False
    return True


def _typo_twin(word: str, others: list[str], rules: RuleSet) -> bool:
    """Return whether others (lower case, with word's first two letters) hold word
    spelled another way ("centre" -> "center")."""
    return any(
        abs(len(word) - len(other)) <= 2  # a quick test before the letters are compared
        and _spelt_alike(word, other, rules)
        for other in others
    )


def _spelt_alike(a: str, b: str, rules: RuleSet) -> bool:
    """Return whether b is a spelled another way, not another real word ("centre" ->
    "center", but not "complimentary" -> "complementary")."""
    return _is_typo(a, b) and not confusable(a, b, rules)


def _respelt_terms(old_terms: list[str], new_terms: list[str], rules: RuleSet) -> bool:
    """Return whether two lists of terms differ only by spelling, term by term."""
    return len(old_terms) == len(new_terms) and all(
        a == b or _spelt_alike(a, b, rules) for a, b in zip(old_terms, new_terms, strict=True)
    )


@cache
def _spare_words(synonyms: frozenset[str], function_words: frozenset[str]) -> frozenset[str]:
    """Return the words that may cancel out in any rewording (see _absorbed)."""
    return synonyms | function_words | _NUMBER_WORDS | _IGNORABLE


@cache
def _spare_stems(synonyms: frozenset[str], function_words: frozenset[str]) -> frozenset[str]:
    """Return the stems of the words that may cancel out in any rewording."""
    return frozenset(stem(w) for w in _spare_words(synonyms, function_words))


def _same_quantities(
    change: Change, deleted: list[str], inserted: list[str], rules: RuleSet
) -> bool:
    """Return whether a change only writes its amounts and periods another way ("$4.99/mo"
    -> "$4.99 per month", "two weeks" -> "14 days", "USD 1000" -> "$1,000"): it changes
    only numbers and words of quantity (rules.quantity_words), each unit it takes out is
    put back outside its periods, and the clause keeps its periods and its other
    numbers."""
    units = rules.quantity_words
    if not units or change.old is None or change.new is None:
        return False
    # a word only recapitalised ("API Requests" -> "API requests") is no edit here
    # (words only moved, "Provider ... Customer" -> "Customer ... Provider", leave none);
    # most changes fail at their first word of another kind, before any counting
    # ("equivalent to £8/month" -> "£8 per month equivalent" drops a function word too)
    spare = rules.function_words
    taken, put = [w.lower() for w in deleted], [w.lower() for w in inserted]
    for words, others in ((taken, put), (put, taken)):
        if not all(w in units or w in others or w in spare or _is_number(w) for w in words):
            return False
    gone, added = Counter(taken) - Counter(put), Counter(put) - Counter(taken)
    rest = gone + added
    if not any(w in units or _is_number(w) for w in rest) or not all(
        w in units or w in spare or _is_number(w) for w in rest
    ):
        return False
    # a function word swapped for another is no way of writing an amount ("payable by
    # you" -> "payable to you")
    if any(w in spare and w not in units for w in gone) and any(
        w in spare and w not in units for w in added
    ):
        return False
    old, new = change.old.text, change.new.text
    old_periods, new_periods = find_durations(old), find_durations(new)
    if len(old_periods) != len(new_periods) or any(
        compare_durations(a, b) != "unchanged"
        for a, b in zip(old_periods, new_periods, strict=True)
    ):
        return False
    return _quantities(old, old_periods, rules) == _quantities(new, new_periods, rules)


def _is_number(word: str) -> bool:
    """Return whether a word is a number, in digits or in words."""
    return (
        word.replace(",", "").replace(".", "").replace("_", "").isdigit()
        or word.lower() in _NUMBER_WORDS
    )


def _quantities(
    text: str, periods: Sequence[Duration], rules: RuleSet
) -> tuple[list[str], frozenset[str]]:
    """Return the numbers (in digits, in order, a number repeated at once counted once:
    "three percent (3%)") and the units (by group) written in text outside its periods."""
    for period in reversed(periods):
        text = text[: period.start] + " " + text[period.end :]
    text = _NO_CENTS.sub("", _THOUSANDS.sub("", text)).replace("$", " usd ").replace("€", " eur ")
    text = _DECIMAL_POINT.sub("_", text)  # "1.5%" is one number, not "1" and "5"
    text = _UNIT_JOINED.sub(" ", text)  # "5GB" is the number 5 and the unit "GB"
    words = plain_words(text.replace("£", " gbp ").replace("%", " percent "), rules)
    units = rules.quantity_words
    numbers = [_TIMES.get(w, w) for w in words if _is_number(w) or w in _TIMES]
    once = [n for i, n in enumerate(numbers) if i == 0 or numbers[i - 1] != n]
    return once, frozenset(units[w] for w in words if units.get(w))


_THOUSANDS = regexcache.compile(r"(?<=\d),(?=\d{3}\b)")
_UNIT_JOINED = regexcache.compile(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")
_NO_CENTS = regexcache.compile(r"(?<=\d)\.00\b")  # "$25.00" is "$25"
# (of a share only: a clause's own number "1.1" is no amount)
_DECIMAL_POINT = regexcache.compile(r"(?<=\d)\.(?=\d+ ?(?:%|percent\b|per cent\b))", re.I)


SAME_TERMS_WORDS = 24  # changed words beyond which a rewording is not compared term by term


def _edited_terms(old: str, new: str, rules: RuleSet) -> tuple[list[str], list[str]]:
    """Return the terms (see _terms) of the stretch where old and new differ, read with
    a few words more on each side, where a phrasing may begin or end.

    Two texts say the same in other words when these are equal: once each is written
    with one phrasing of each synonym group (contractions included) and numbers in
    digits ("thirty (30)" -> "30"), they hold the same words in the same order, word
    endings ("retained" -> "retain") and the few words that change no meaning
    (articles, "this", "please", see _IGNORABLE) aside. Order matters: "you may not
    use the app while driving" is not "you may use the app while not driving"."""
    head, tail = _common_affixes(old, new)
    head = max(0, old.rfind(" ", 0, max(0, head - _PHRASE_REACH)))
    tail = max(0, tail - _PHRASE_REACH)
    while tail and not old[len(old) - tail - 1].isspace():
        tail -= 1
    return _terms(old[head : len(old) - tail], rules), _terms(new[head : len(new) - tail], rules)


def _phrase_moved(old: str, new: str, rules: RuleSet) -> bool:
    """Return whether new says what old says with one phrase moved to the other end of
    the stretch it belongs to ("Prices include all taxes unless otherwise indicated" ->
    "Unless otherwise shown, prices include all taxes"), read term by term as in
    _edited_terms. The phrase must start or end at punctuation on one side, and hold
    no punctuation itself: a lone word moved ("may not use ... while driving" -> "may
    use ... while not driving") or a phrase carried into another clause is no such
    move."""
    old_terms, old_breaks, old_ends = _phrased_terms(old, rules)
    new_terms, new_breaks, new_ends = _phrased_terms(new, rules)
    if old_terms == new_terms or Counter(old_terms) != Counter(new_terms):
        return False
    head, tail = _common_ends(old_terms, new_terms)
    moved_old = old_terms[head : len(old_terms) - tail]
    moved_new = new_terms[head : len(new_terms) - tail]
    size = len(moved_old)
    inside = range(head + 1, head + size)
    if not (old_ends.isdisjoint(inside) and new_ends.isdisjoint(inside)):
        return False  # carried into another sentence, where it may qualify another promise
    for cut in range(1, size):
        # old reads B C where new reads C B
        if moved_old[:cut] != moved_new[size - cut :] or moved_old[cut:] != moved_new[: size - cut]:
            continue
        old_joint, new_joint = head + cut, head + size - cut
        if old_joint not in old_breaks and new_joint not in new_breaks:
            continue
        # where B and C stand in old and in new
        b = (head, old_joint), (new_joint, head + size)
        c = (old_joint, head + size), (head, new_joint)
        if not all(_whole_phrase(piece, old_breaks, new_breaks) for piece in (b, c)):
            continue
        if {old_terms[head], old_terms[old_joint]} & _JOINING:
            continue  # an item carried to another list ("spam or scams, and sell goods")
        if any(_unbroken(piece, old_breaks, new_breaks) for piece in (b, c)):
            return True
    return False


def _pieces_reordered(old: str, new: str, rules: RuleSet) -> bool:
    """Return whether new holds the pieces of old in another order, each with the same
    terms (see _terms): its sentences, the phrases punctuation parts within a sentence,
    the items an "and" or "or" joins within a phrase, and the items of a list a
    sentence opens ("includes spam, malware and scams" -> "includes scams, spam and
    malware"). A phrase carried into another sentence ("Unless you opt out, ..." moved
    to another promise), or an item into another phrase, changes both."""
    old_terms, old_breaks, old_ends = _phrased_terms(old, rules)
    new_terms, new_breaks, new_ends = _phrased_terms(new, rules)
    return old_terms != new_terms and Counter(
        _sentence_pieces(old_terms, old_breaks, old_ends)
    ) == Counter(_sentence_pieces(new_terms, new_breaks, new_ends))


_Sentence = tuple[tuple[tuple[tuple[str, ...], ...], ...], tuple[tuple[str, ...], ...]]


def _sentence_pieces(terms: list[str], breaks: set[int], ends: set[int]) -> list[_Sentence]:
    """Return each sentence of terms as its phrases (each the sorted items its joining
    words part) and the items of the list it opens, in an order of their own."""
    sentences: list[_Sentence] = []
    phrases: list[list[tuple[str, ...]]] = []
    listed: list[tuple[str, ...]] | None = None
    current: list[str] = []

    def close_item() -> None:
        nonlocal current
        if current:
            (listed if listed is not None else phrases[-1]).append(tuple(current))
        current = []

    def close_sentence() -> None:
        close_item()
        shaped = tuple(sorted(tuple(sorted(items)) for items in phrases if items))
        sentences.append((shaped, tuple(sorted(listed or ()))))

    for index, term in enumerate(terms):
        if index in ends:
            if index:
                close_sentence()
            phrases, listed = [[]], None
        elif index in breaks:
            close_item()
            if listed is None:
                phrases.append([])
        if term in _JOINING:
            close_item()
            continue
        current.append(term)
        if term in _LIST_OPENING and listed is None:
            close_item()
            listed = []
    if terms:
        close_sentence()
    return sentences


_LIST_OPENING = frozenset({"includ", "eg"})  # terms: "includes", "including", "such as"


def _whole_phrase(
    piece: tuple[tuple[int, int], tuple[int, int]], old_breaks: set[int], new_breaks: set[int]
) -> bool:
    """Return whether a piece that moves (its spans of terms in old and in new) is more
    than a lone word, or a word set off by punctuation ("However, we may" -> "We may,
    however,"): a lone "not" or "only" moved qualifies another word."""
    (old_start, old_end), (new_start, new_end) = piece
    if old_end - old_start >= _MOVED_PHRASE_TERMS:
        return True
    return {old_start, old_end} <= old_breaks or {new_start, new_end} <= new_breaks


def _unbroken(
    piece: tuple[tuple[int, int], tuple[int, int]], old_breaks: set[int], new_breaks: set[int]
) -> bool:
    """Return whether a piece that moves holds no punctuation inside, in old or in new."""
    (old_start, old_end), (new_start, new_end) = piece
    return old_breaks.isdisjoint(range(old_start + 1, old_end)) and new_breaks.isdisjoint(
        range(new_start + 1, new_end)
    )


_JOINING = frozenset({"and", "or", "nor", "but"})
_MOVED_PHRASE_TERMS = 2  # a phrase of fewer terms is a word moved, which may change a sense
_PHRASE_END = regexcache.compile(r"([,;:.!?()\[\]\u2013\u2014]+)(?:\s|$)")


def _phrased_terms(text: str, rules: RuleSet) -> tuple[list[str], set[int], set[int]]:
    """Return the terms of a text (see _terms), the places among them where
    punctuation parts its phrases and those where a sentence ends (a place i lies
    before the i-th term)."""

    def mark(match: re.Match[str]) -> str:
        ends = _SENTENCE_END.search(match.group(1)) and not _ABBREVIATED.search(
            text, max(0, match.start() - 4), match.start()
        )
        return _SENTENCE_MARK if ends else _PHRASE_MARK

    terms: list[str] = []
    breaks: set[int] = {0}
    ends: set[int] = {0}
    # one reading of the whole text (but the clause's own number, which opens it like
    # a sentence), its breaks marked by words of their own
    opening = _CLAUSE_OPENING.match(text)
    text = text[opening.end() :] if opening else text
    for term in _terms(_PHRASE_END.sub(mark, text), rules):
        if term == _PHRASE_MARK_TERM:
            breaks.add(len(terms))
        elif term == _SENTENCE_MARK_TERM:
            breaks.add(len(terms))
            ends.add(len(terms))
        else:
            terms.append(term)
    breaks.add(len(terms))
    ends.add(len(terms))
    return terms, breaks, ends


_PHRASE_MARK, _SENTENCE_MARK = " phrasebreakmark ", " sentencebreakmark "
_PHRASE_MARK_TERM, _SENTENCE_MARK_TERM = stem(_PHRASE_MARK.strip()), stem(_SENTENCE_MARK.strip())
_SENTENCE_END = regexcache.compile(r"[.!?]")
# a word whose full stop may only abbreviate it: "Co.", "Ltd.", "Inc.", "e.g."
_ABBREVIATED = regexcache.compile(r"(?:\b[A-Z][a-z]{0,2}|\b[a-z]|\.[a-z])$")


_PHRASE_REACH = 40  # characters: longer than any synonym phrasing or spelled number

# words whose presence or absence changes no meaning of a sentence ("the Service",
# "this Service"); prepositions, "and"/"or" and possessives are no such words
_IGNORABLE = frozenset(
    {"a", "an", "the", "this", "these", "those", "that", "which", "who", "such", "also", "please"}
    | {"kindly", "s", "is", "are", "be", "it"}
    # tense alone ("after your account has been deleted" -> "after your account is deleted")
    | {"been", "has", "have", "was", "were"}
    | {"hereby"}  # "You hereby grant us" grants what "You grant us" does
    | {"else"}  # "someone's rights" are "someone else's rights"
    # words that only link one sentence to the last ("Further, if ...", "..., because")
    | {"further", "furthermore", "moreover", "additionally", "because", "therefore", "thus"}
)


def plain_words(text: str, rules: RuleSet) -> list[str]:
    """Return the lower-case words of a text, in order, each phrasing of a synonym
    group written one way ("can't" -> "cannot") and numbers in digits ("thirty (30)",
    "thirty" -> "30")."""
    text = _SPELLED_TENS.sub(_tens_in_digits, _digits_only(text.replace("’", "'")))
    words = " ".join(str(_NUMBER_VALUES.get(word, word)) for word in lower_words(text))
    present = set(words.split())
    words = f" {words} "
    for key, phrasing, first in rules.synonym_keys:
        if key in present and phrasing in words:
            words = words.replace(phrasing, first)
            present.update(first.split())
    return words.split()


def _terms(text: str, rules: RuleSet) -> list[str]:
    """Return the stems of plain_words(text) but the ignorable ones, in order."""
    return [stem(word) for word in plain_words(text, rules) if word not in _IGNORABLE]


# a number in digits after the same in words: "thirty (30)", "one and one-half percent
# (1.5%)", "fifteen thousand U.S. dollars ($15,000)"; found from its brackets (a literal
# the regex engine finds fast), then the words before it read
_BRACKETED_NUMBER = regexcache.compile(r"\(([$€£]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(%?)\)")
_WORDS_BEFORE = regexcache.compile(r"\S+")
_SPELLED_REACH = 80  # characters before the brackets read for the number in words
_UNITS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_NUMBER_VALUES = (
    {word: value for value, word in enumerate(_UNITS, start=1)}
    | {word: 10 * value for value, word in enumerate(_TENS, start=2)}
    | {"hundred": 100}
)
_NUMBER_WORDS = frozenset(_NUMBER_VALUES)
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_FRACTIONS = {"half": 0.5, "quarter": 0.25}
_DIGIT_WORDS = {"zero": 0} | {word: value for value, word in enumerate(_UNITS[:9], start=1)}
# words that may close a number in words before its digits: "percent (1.5%)", "U.S.
# dollars ($15,000)"
_AMOUNT_UNITS = frozenset(
    {"percent", "per", "cent", "dollars", "dollar", "us", "u.s", "usd", "euros", "euro"}
    | {"pounds", "pound", "sterling"}
)
_SPELLING = (
    _NUMBER_WORDS | frozenset(_SCALES) | frozenset(_FRACTIONS) | frozenset(_DIGIT_WORDS)
    | _AMOUNT_UNITS | {"and", "a", "point"}
)  # fmt: skip


def _spelled_value(tokens: list[str]) -> float | None:
    """Return the value of a number written in words, as lower-case tokens split at
    hyphens ("one and one-half" -> 1.5, "ninety-nine point nine" -> 99.9, "fifteen
    thousand" -> 15000), the units that close it left out; None when they are no number."""
    while tokens and tokens[-1] in _AMOUNT_UNITS:
        tokens = tokens[:-1]
    total = current = 0
    fraction = 0.0
    decimals: str | None = None
    counted = False
    i = 0
    while i < len(tokens):
        token = tokens[i]
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if token in ("one", "a") and following in _FRACTIONS:
            fraction, i = _FRACTIONS[following], i + 2
            counted = True
            continue
        if decimals is not None:
            if token not in _DIGIT_WORDS:
                return None
            decimals += str(_DIGIT_WORDS[token])
        elif token == "point":
            decimals = ""
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in _SCALES:
            total, current = total + (current or 1) * _SCALES[token], 0
        elif token in _NUMBER_VALUES or token == "zero":
            current += _NUMBER_VALUES.get(token, 0)
        elif token != "and":
            return None
        counted = counted or token not in ("and", "point")
        i += 1
    if not counted:
        return None
    return total + current + fraction + (float(f"0.{decimals}") if decimals else 0.0)


def _digits_only(text: str) -> str:
    """Return text with each number written in words and digits that agree ("thirty
    (30)", "one and one-half percent (1.5%)") left in digits; where they disagree
    ("sixty (30)") both stay."""
    parts, done = [], 0
    for match in _BRACKETED_NUMBER.finditer(text):
        start = _spelled_start(text, max(done, match.start() - _SPELLED_REACH), match)
        if start is not None:
            parts += [text[done:start], match.group(0)[1:-1]]
            done = match.end()
    return "".join(parts) + text[done:] if parts else text


def _numbers_spelled_out(old: str, new: str) -> bool:
    """Return whether two texts differ only in numbers written in words beside their
    digits, on one side or both ("1.5%" -> "one and one-half percent (1.5%)", "30 days"
    -> "thirty (30) days")."""
    if "(" not in old and "(" not in new:
        return False
    plain_old, plain_new = _digits_only(old), _digits_only(new)
    return (
        (plain_old != old or plain_new != new)
        and _CURRENCY.findall(plain_old) == _CURRENCY.findall(plain_new)
        and _same_words(plain_old, plain_new)
    )


def _spelled_start(text: str, low: int, match: re.Match[str]) -> int | None:
    """Return where the words before a bracketed number begin that write the same
    number, or None when they write none or another."""
    words = list(_WORDS_BEFORE.finditer(text, low, match.start()))
    first = len(words)
    while first and _SPELLING.issuperset(words[first - 1].group(0).lower().rstrip(".").split("-")):
        first -= 1
    # words of the sentence that only look like a number's ("fees and thirty (30) days")
    while first < len(words) and not _opens_a_number(words, first):
        first += 1
    if first == len(words):
        return None
    tokens = [t for w in words[first:] for t in w.group(0).lower().rstrip(".").split("-")]
    value = _spelled_value(tokens)
    digits = float(match.group(2).replace(",", "") + (match.group(3) or ""))
    return words[first].start() if value is not None and abs(value - digits) < 1e-9 else None


def _opens_a_number(words: list[re.Match[str]], at: int) -> bool:
    """Return whether the word at index at may be a number's first ("a" only before a
    hundred, a thousand or a half)."""
    word = words[at].group(0).lower().rstrip(".")
    if word == "a":
        following = words[at + 1].group(0).lower() if at + 1 < len(words) else ""
        return following in _SCALES or following == "hundred" or following in _FRACTIONS
    return word not in _AMOUNT_UNITS and word not in ("and", "point")


# how many times ("Once per calendar year" -> "Twice"): numbers too
_TIMES = {"once": "1", "twice": "2", "thrice": "3"}


_SPELLED_TENS = regexcache.compile(rf"\b({'|'.join(_TENS)})-({'|'.join(_UNITS[:9])})\b", re.I)


def _tens_in_digits(match: re.Match[str]) -> str:
    """Return a number such as "forty-five" in digits ("45")."""
    return str(_NUMBER_VALUES[match.group(1).lower()] + _NUMBER_VALUES[match.group(2).lower()])


def _same_words(a: str, b: str) -> bool:
    """Return whether two texts hold the same words in the same order."""
    # Only the stretch between the common beginning and ending can differ; cut both
    # back to a word boundary so that no word is split, and compare the words there.
    head, tail = _common_affixes(a, b)
    while head and is_word_char(a[head - 1]):
        head -= 1
    while tail and is_word_char(a[len(a) - tail]):
        tail -= 1
    return lower_words(a, head, len(a) - tail) == lower_words(b, head, len(b) - tail)


def _words_unjoined(segments: Sequence[Segment], a: str, b: str) -> bool:
    """Return whether two texts (with their redline) hold the same letters and numbers,
    only spaced or punctuated another way ("card numberNote:" -> "card number. Note:");
    a number's own points and commas count ("1.5%" is not "15%")."""
    # most edits change letters: the edited stretches alone tell, before the whole texts
    deleted = "".join(s.text for s in segments if s.op == "delete").lower()
    inserted = "".join(s.text for s in segments if s.op == "insert").lower()
    if abs(len(deleted) - len(inserted)) > _SPACING_CHARS or _NOT_A_LETTER.sub(
        "", deleted
    ) != _NOT_A_LETTER.sub("", inserted):
        return False
    return _NOT_A_LETTER.sub("", a) == _NOT_A_LETTER.sub("", b) and _NUMERALS.findall(
        a
    ) == _NUMERALS.findall(b)


_NOT_A_LETTER = regexcache.compile(r"[\W_]+")
_SPACING_CHARS = 12  # spaces and stops a spacing fix adds or takes out, at most
_NUMERALS = regexcache.compile(r"\d(?:[\d.,]*\d)?")


def _common_affixes(a: str, b: str) -> tuple[int, int]:
    """Return the lengths of the common beginning and the common ending of a and b
    (which do not overlap), by bisection on slices compared in C."""
    limit = min(len(a), len(b))
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    head = low
    low, high = 0, limit - head
    while low < high:
        middle = (low + high + 1) // 2
        if a[len(a) - middle :] == b[len(b) - middle :]:
            low = middle
        else:
            high = middle - 1
    return head, low


def _at_most_words(text: str, limit: int) -> bool:
    """Return whether text has no more than limit words (reading no further)."""
    return sum(1 for _ in islice(WORD.finditer(text), limit + 1)) <= limit


_REFERENCE_WORD = regexcache.compile(
    r"(section|sections|clause|clauses|article|articles|paragraph|part|under|in|of|see|§"
    r"|ziffer|ziff\.|abschnitt|absatz|abs\.|artikel|nr\.|nummer)\s*$",
    re.I,
)


def _references_only(segments: list[Segment]) -> bool:
    """Return whether every edit is a clause number after a word such as "Section"."""
    edits = 0
    for index, segment in enumerate(segments):
        if segment.op == "equal" or not _HAS_WORD.search(segment.text):
            continue  # a comma added beside a reference changes no meaning
        edits += 1
        before = next((s.text for s in reversed(segments[:index]) if s.op == "equal"), "")
        after = next((s.text for s in segments[index + 1 :] if s.op == "equal"), "")
        text = segment.text.strip()
        if _CLAUSE_NUMBER.match(text) and _opens_the_clause(segments, index, after):
            continue  # the clause's own number, left in its text ("**8.** ...", "3.2 ...")
        # "10.99" after "$" is a price; "3.3.3" or "Section 4.2" is a reference, and so
        # is "9" in "Sections 4 (Fees), 9 (Disclaimers) ..."
        if _REFERENCE.match(text):
            if text.count(".") < 2 and not _REFERENCE_WORD.search(before):
                return False
            if _QUANTITY_AFTER.match(after):
                return False  # "a margin of 9.99 percentage points": a rate, no reference
        elif text.lower() in _WHERE_REFERRED and _AFTER_A_REFERENCE.search(
            _side_before(segments, index)[-40:]
        ):
            continue  # "Section 4(b) above" -> "Section 5(b) below"
        elif (
            text.isdigit()
            and _NAMED_CLAUSE_BEFORE.search(before)
            and not _QUANTITY_AFTER.match(after)
        ):
            continue  # "this Section 14 does not apply" -> "this Section 15 ..."
        elif (
            text.lower() in _REFERENCE_NOUNS
            and (number := re.match(r"\s*\d[\d.]*", after))
            and not _QUANTITY_AFTER.match(after, number.end())
        ):
            continue  # "1.6 (Feedback)" -> "Section 1.6 (Feedback)", "Sections 11" -> "Section 11"
        elif (
            text == "s"
            and before.lower().endswith(tuple(_REFERENCE_NOUNS))
            and re.match(r"\s+\d", after)
        ):
            continue  # "Sections 11 (Disputes)" -> "Section 11 (Disputes)"
        elif (
            _HEADING_WORDS.fullmatch(f"{text} ")
            and not _HEADING_TURNS.intersection(text.lower().split())
            and _IN_A_HEADING.search(_side_before(segments, index)[-60:])
        ):
            continue  # "13 (Limitation of Liability)" -> "13 (Disclaimers and Limitation of ..."
        elif not (
            _NUMBER_OR_RANGE.fullmatch(text)
            and _LISTED_REFERENCE.search(_side_before(segments, index)[-_LIST_REACH:])
            and _REFERENCE_END.match(after)
        ):
            return False
    return edits > 0


_HAS_WORD = regexcache.compile(r"\w")
# the words that name a part of the terms, in the patterns below
_CLAUSE_NOUN = r"(?:sections?|clauses?|articles?|paragraphs?)"
_NAMED_CLAUSE_BEFORE = regexcache.compile(rf"\b{_CLAUSE_NOUN}\s*$|§\s*$", re.I)
_NUMBER_OR_RANGE = regexcache.compile(
    r"([-–]\s?)?\d+(\s?[-–]\s?\d+)?"
    # and more of a list at once: "4-6 and 8-13" -> "5-7 and 9-14"
    r"((\s*,)?\s*(,|\band\b|\bor\b)\s*\d+(\s?[-–]\s?\d+)?)*"
)  # "14", or "16-19" in "Sections 7-10, 14", or the end of a range ("6 - 24" -> "6–25")
_LIST_REACH = 400  # characters before a number read for the list of references it is in
_REFERENCE_NOUNS = frozenset(
    {"section", "sections", "clause", "clauses", "article", "articles", "paragraph", "§"}
)
# capitalised words of a heading, and where they stand: inside the brackets that follow
# a clause number of a list of references ("13 (Disclaimers and Limitation ...")
_HEADING_WORDS = regexcache.compile(
    r"\s*(?:(?-i:[A-Z])[\w’'-]*,?\s+(?:(?:and|or|of|the|&)\s+)?)+", re.I
)
# words that turn what a heading names round ("(Refunds)" -> "(No Refunds)", "(Our
# Indemnity)" -> "(Your Indemnity)")
_HEADING_TURNS = frozenset({"no", "not", "non", "our", "your", "their", "its", "my"})
_IN_A_HEADING = regexcache.compile(r"\b\d+(\.\d+)*\s*\([^()]{0,40}$")
_QUANTITY_AFTER = regexcache.compile(
    r"\s*(%|(percent|per ?cent|percentage|points?|times|hours?|days?|weeks?|months?|years?"
    r"|minutes?|[kmgt]b|dollars?|euros?|pounds?|usd|eur|gbp)\b)",
    re.I,
)
_WHERE_REFERRED = frozenset({"above", "below", "herein", "hereof", "hereunder", "hereto"})
_AFTER_A_REFERENCE = regexcache.compile(r"\b\d+(\.\d+)*(\([a-z0-9]{1,4}\))*\s*$", re.I)
_CLAUSE_NUMBER = regexcache.compile(r"^\d+(\.\d+)*\.?$")
_CLAUSE_OPENING = regexcache.compile(r"[\s*_#]*(\d+(\.\d+)*\.?[\s*_#]+)?")
# the same, where the number may come twice ("6. 6. YOUR PRIVACY CHOICES": an entry of a
# table of contents, its number and the linked heading's own)
_CLAUSE_NUMBERS = regexcache.compile(r"[\s*_#]*(\d+(\.\d+)*\.?[\s*_#]+){0,2}")


def _opens_the_clause(segments: list[Segment], index: int, after: str) -> bool:
    """Return whether the number edited at segments[index] opens its clause: only
    markup (and the number the clause text starts with) before it, and a full stop or
    bracket ending it ("8.", "8)") or a point inside it ("3.2"), and no lower-case word
    after it ("30 days", "1.5 times the fee" are no clause numbers)."""
    if not _CLAUSE_NUMBERS.fullmatch(_side_before(segments, index)):
        return False
    text = segments[index].text.strip()
    if re.match(r"[.)]?\s*[a-z]", after):
        return False
    return ("." in text and not after[:1].isalnum()) or after[:1] in (".", ")")


def _side_before(segments: list[Segment], index: int) -> str:
    """Return the text before segments[index] on its side (old for a deletion, new for
    an insertion)."""
    skip = "insert" if segments[index].op == "delete" else "delete"
    return "".join(s.text for s in segments[:index] if s.op != skip)


# a bare number in a list of references: "Sections 4 (Fees), 9 (...) and" before it,
# and after it a heading in brackets or the list going on ("30 days" is no reference)
# (a list may follow a colon: "The following sections survive termination: 5 (Your
# Content), 12 (Indemnity)"; its items may be lettered, "2.C., 3.H., and 5 - 12", and
# the number edited may end a range, "6" before it)
_LISTED_REFERENCE = regexcache.compile(
    r"(\b(sections?|clauses?|articles?|paragraphs?|abschnitts?|artikel|ziffer)([^.:]{0,80}:)?"
    r"|§§?)\s*"
    r"(\d[\d.]*([a-z]{1,2}\b\.?)?\s*(\([^)]*\)\s*)*(,\s*(and|or)?|and|or|through|to|-)\s*)*"
    r"(\d+\s*)?$",
    re.I,
)
# what may follow a clause number ("Section 7 (Fees)", "§ 9 Absatz 3", "Section 4, sentence 2",
# "Section 9 above")
_REFERENCE_END = regexcache.compile(
    r"\s*(\(|,|;|\)|\.(\s|$)|and\b|or\b|through\b|above\b|below\b|of (these|this|the)\b|$"
    r"|(sentence|subsection|absatz|abs\.|satz|ziffer|nr\.)(\s|$)"
    r"|((will|shall|also|continue to|do|does)\s+)*surviv)",  # "... and 5 - 12 will survive"
    re.I,
)


_DATE_LINE_WORDS = 14  # a header such as "Effective as of January 5, 2022 (view previous)"
# a web address, not an email address (a new email address is a changed contact: other)
_URL = regexcache.compile(WEB_ADDRESS.pattern + r"|\S+@\S+\.\w+")  # or an email address
# also a web address written without "https://" or "www." ("help.example.com/gift-cards"),
# looked for only where a domain ending is found: the pattern is slow to search
# (with the country domains of the services' home markets: "nestegg.co.uk/privacy")
_DOMAIN_ENDINGS = (
    "(?:com|org|net|io|app|dev|ai|gov|edu|tv|info|uk|eu|de|fr|ie|nl|es|it|ch|at|be|se|dk"
    "|no|fi|ca|au|nz|in|jp|kr|br|mx)"
)
_ANY_URL = regexcache.compile(
    _URL.pattern + rf"|\b(?:[a-z0-9-]+\.)+{_DOMAIN_ENDINGS}\b(?:/[^\s)\]]*)?"
)
_BARE_DOMAIN_END = regexcache.compile(rf"\.{_DOMAIN_ENDINGS}\b")
_ADDRESS_WORDS = {
    "and", "which", "is", "are", "it", "as", "of", "the", "at", "on", "available", "found",
    "can", "be", "here", "see", "last", "updated", "date", "current", "version", "this",
}  # fmt: skip


def _only_adds_an_address(segments: list[Segment]) -> bool:
    """Return whether the edit only inserts a URL or email address with a few words
    around it ("..., which is available at https://...")."""
    inserted = " ".join(s.text for s in segments if s.op == "insert")
    if not inserted.strip() or any(s.op == "delete" and s.text.strip() for s in segments):
        return False
    if not _URL.search(inserted):
        return False
    rest = WORD.findall(_URL.sub(" ", inserted).lower())
    return all(word in _ADDRESS_WORDS for word in rest)


def _only_written_out_addresses(segments: list[Segment]) -> bool:
    """Return whether every deleted or inserted text is a web address written out, with
    only brackets or punctuation around it ("(https://ads.x.com/terms)" dropped beside
    the link that already names it), or the path of one ("(en/support/faq/3600331)", a
    link's text, replaced by the name of the page it leads to)."""
    changed = [s.text for s in segments if s.op != "equal" and WORD.search(s.text)]
    return bool(changed) and all(
        (WEB_ADDRESS.search(text) or _WEB_PATH.search(text)) is not None
        and WORD.search(_WEB_PATH.sub(" ", WEB_ADDRESS.sub(" ", text))) is None
        for text in changed
    )


# the path of a web address, written without its site: three parts at least, and four
# or both letters and digits, so that "and/or", "his/her/their" or a date is none
_WEB_PATH = regexcache.compile(
    r"(?<![\w/])(?=[^\s/]*/[^\s/]*/[^\s/]*/|[^\s)\]]*[a-z][^\s)\]]*\d|[^\s)\]]*\d[^\s)\]]*[a-z])"
    r"[\w.~%-]+(?:/[\w.~%?=&#-]+){2,}/?",
    re.I,
)


# words that only point to where something is: "by following the instructions here"
_POINTER = regexcache.compile(
    r"\W*(\w+\W+){0,6}?(here|below|above|this (link|page|article))\W*", re.I
)


def _only_drops_a_pointer(segments: list[Segment]) -> bool:
    """Return whether the edit only deletes short phrases that point elsewhere
    ("... by following the instructions here")."""
    if any(s.op == "insert" and WORD.search(s.text) for s in segments):
        return False
    deleted = [s.text for s in segments if s.op == "delete" and WORD.search(s.text)]
    if not deleted:
        return False
    return all(_POINTER.fullmatch(text) for text in deleted)


def _list_lead_in_reworded(segments: list[Segment]) -> bool:
    """Return whether the edit only puts in, takes out or rewords the words with which
    a sentence ending in a colon says that a list follows ("We collect personal data:"
    -> "We collect personal data in the following events:", "You agree not to:" -> "You
    agree not to do any of the following:"): the list says what is meant."""
    old = "".join(s.text for s in segments if s.op != "insert")
    new = "".join(s.text for s in segments if s.op != "delete")
    if not all(text.rstrip(_LIST_CLOSERS).endswith(":") for text in (old, new)):
        return False
    edits = [s.text.strip(" ,") for s in segments if s.op != "equal" and WORD.search(s.text)]
    # (a bare preposition may go with them: "to:" -> "for any of the following purposes:")
    return any(_LIST_INTRO.fullmatch(text) for text in edits) and all(
        _LIST_INTRO.fullmatch(text) or _LIST_PREPOSITION.fullmatch(text) for text in edits
    )


_LIST_CLOSERS = " \t\n*_"  # what may close a lead-in after its colon (bold marks)
_LIST_PREPOSITIONS = r"(?:in|under|for|with|on|through|by|from|to)"
_LIST_PREPOSITION = regexcache.compile(_LIST_PREPOSITIONS, re.I)
# the words that say a list follows, with the preposition or verb that leads to them
_LIST_INTRO = regexcache.compile(
    r"(?:" + _LIST_PREPOSITIONS + r"\s+)?(?:(?:do|doing|engage in)\s+)?"
    r"(?:(?:any|all|each|one|some|either)\s+of\s+)?(?:the\s+following|these|as\s+follows|"
    r"below|listed\s+below|set\s+out\s+below)(?:\s+(?:events?|cases?|circumstances?|"
    r"situations?|ways?|purposes?|reasons?|instances?|conditions?|categories|types|"
    r"activities|actions|things|items))?",
    re.I,
)


def _link_text_written_out(segments: list[Segment]) -> bool:
    """Return whether the edit only puts the web address a link leads to in place of
    link text that points to it ("listed [here](...)" -> "listed at [https://x.com/terms]
    (...)"), or the other way round."""
    deleted = [s.text for s in segments if s.op == "delete" and WORD.search(s.text)]
    inserted = [s.text for s in segments if s.op == "insert" and WORD.search(s.text)]
    if not deleted or not inserted:
        return False
    for pointers, addresses in ((deleted, inserted), (inserted, deleted)):
        if all(_POINTER.fullmatch(text) for text in pointers) and all(
            map(_only_an_address, addresses)
        ):
            return True
    return False


def _only_an_address(text: str) -> bool:
    """Return whether text is a web address and at most a preposition ("at https://...")."""
    if WEB_ADDRESS.search(text) is None:
        return False
    return all(w.lower() in _ADDRESS_PREPOSITIONS for w in WORD.findall(WEB_ADDRESS.sub(" ", text)))


_ADDRESS_PREPOSITIONS = frozenset({"at", "on", "via", "from", "in", "see"})


def _only_points_to_a_section(segments: list[Segment]) -> bool:
    """Return whether the edit only puts in or takes out asides that point to
    another part of the terms ("the Quora Entities (as defined in Section 10.2)",
    "(see Section 4 below)", "(as discussed further in Section 3.5 below)"), or the
    section named before a document ("Section 14 of the Terms" -> "the Terms")."""
    changed = [s.text for s in segments if s.op != "equal" and WORD.search(s.text)]
    return bool(changed) and all(
        _SECTION_POINTER.fullmatch(text) or _SECTION_OF.fullmatch(text) for text in changed
    )


_SECTION_POINTER = regexcache.compile(
    r"[\s,(]*(?:as (?:(?:further|more fully) )?(?:defined|described|set out|set forth|explained"
    r"|specified|outlined|discussed|detailed|mentioned)"
    r"|(?:see|refer to)(?: also)?)\b[^()\n]{0,40}?"
    r"\b(?:sections?|clauses?|articles?|paragraphs?|schedules?|annex|appendix|exhibit|below"
    r"|above)\b[^()\n,;]{0,16}?[\s,)]*",
    re.I,
)

# the section of a document named or no longer named before the document itself ("See
# Section 6.5 of the Terms" -> "See the Terms"): where to look, not what applies
_SECTION_OF = regexcache.compile(
    rf"\s*{_CLAUSE_NOUN}\s*\d+(\.\d+)*(\([a-z0-9]{{1,4}}\))*\s+of\s*", re.I
)


def _heading_named_beside_a_reference(segments: list[Segment]) -> bool:
    """Return whether every edit puts in or takes out the heading of a section named
    just before it ("Section 3" -> "Section 3 (Additional Terms for Specific Services)")."""
    edits = [i for i, s in enumerate(segments) if s.op != "equal" and s.text.strip()]
    return bool(edits) and all(
        segments[i].op != "equal"
        and _HEADING_IN_BRACKETS.fullmatch(segments[i].text)
        and _ENDS_WITH_A_REFERENCE.search(_side_before(segments, i)[-60:])
        for i in edits
    )


_HEADING_IN_BRACKETS = regexcache.compile(
    r"\s*\(\s*[“\"']?(?-i:[A-Z])[^()\n]{0,80}?[”\"']?\s*\)\s*"
)
_ENDS_WITH_A_REFERENCE = regexcache.compile(
    rf"\b({_CLAUSE_NOUN}|§)\s*\d+(\.\d+)*(\([a-z0-9]{{1,4}}\))*\s*$", re.I
)


def _respelt(segments: list[Segment]) -> bool:
    """Return whether every edit respells words with or without an apostrophe or a
    hyphen, or fixes a typo beside such an edit ("you're" -> "your", "it's" -> "its",
    "hand-written" -> "handwritten", "e-mail adress" -> "email address"); numbers never
    count. Edits without an apostrophe or a hyphen are left to the typo check of the
    words."""
    if not any(s.op != "equal" and _JOINERS.search(s.text) for s in segments):
        return False
    pairs = _replacements(segments)
    if not pairs:
        return False
    # every edit but blanks must be half of a pair: a space taken out may be one
    # ("pro rata" -> "pro-rata"), and words put in elsewhere are more than a respelling
    paired = {
        i + k
        for i, (a, b) in enumerate(itertools.pairwise(segments))
        if {a.op, b.op} == {"delete", "insert"}
        for k in (0, 1)
    }
    if any(s.op != "equal" and s.text.strip() and i not in paired for i, s in enumerate(segments)):
        return False
    return all(_words_respelt(a, b) for a, b in pairs)


_JOINERS = regexcache.compile(r"['’-]")


def _stray_subject_dropped(segments: list[Segment]) -> bool:
    """Return whether the only edit takes out a subject pronoun standing between "to"
    and its verb, where no subject can stand ("allow us to we collect" -> "allow us to
    collect")."""
    edits = [i for i, s in enumerate(segments) if s.op != "equal" and s.text.strip()]
    if len(edits) != 1 or segments[edits[0]].op != "delete":
        return False
    index = edits[0]
    if segments[index].text.strip().lower() not in _SUBJECTS:
        return False
    before = "".join(s.text for s in segments[:index] if s.op == "equal")
    after = "".join(s.text for s in segments[index + 1 :] if s.op == "equal")
    return bool(_TO_BEFORE.search(before) and _WORD_AFTER.match(after))


_SUBJECTS = frozenset({"we", "you", "they", "i"})
_TO_BEFORE = regexcache.compile(r"\bto\s*$", re.IGNORECASE)
_WORD_AFTER = regexcache.compile(r"\s*[a-z]")


def _service_named_more_fully(segments: list[Segment]) -> bool:
    """Return whether every edit only puts in or takes out the name of the service
    before the word for it ("the Services" -> "the Twitch Services", "the Evernote
    Service" -> "the Service"): one or two capitalised words, none a word that narrows
    which services ("the Premium Services"), between a determiner and "Service(s)",
    "Platform", "Site", "App" or "Products"."""
    edits = [i for i, s in enumerate(segments) if s.op != "equal" and s.text.strip()]
    if not edits:
        return False
    for index in edits:
        words = segments[index].text.split()
        # the unchanged words on each side: an edit beside another (a name put for
        # another) is a rename, not a name put in
        before = segments[index - 1] if index > 0 else None
        after = segments[index + 1] if index + 1 < len(segments) else None
        if (
            len(words) > 2
            or not all(
                _NAME_WORD.fullmatch(w) and not _SERVICE_QUALIFIER.fullmatch(w) for w in words
            )
            or before is None
            or before.op != "equal"
            or not _SERVICE_BEFORE.search(before.text)
            or after is None
            or after.op != "equal"
            or not _SERVICE_AFTER.match(after.text)
        ):
            return False
    return True


_SERVICE_BEFORE = regexcache.compile(r"\b(the|our|their|its|these|this|any|all|such)\s+$", re.I)
_SERVICE_AFTER = regexcache.compile(
    r"\s*(Services?|Platforms?|Sites?|Websites?|Apps?|Applications?|Products?|Software)\b"
)
# words that name which of the services, not whose ("the Premium Services")
_SERVICE_QUALIFIER = regexcache.compile(
    r"premium|paid|free|pro|plus|business|enterprise|beta|additional|supplemental"
    r"|third-party|other|certain|basic|standard|advanced|subscriptions?|partners?"
    r"|developers?|professional|consumer|commercial|trial|optional|new|related|covered"
    r"|regulated|financial|payments?|online|mobile|cloud|hosted|managed|support|preview"
    r"|experimental|legacy|affiliated|affiliates?",
    re.I,
)


def _repeated_word_dropped(segments: list[Segment]) -> bool:
    """Return whether the only edit takes out one word that the same sentence still
    holds a few words away ("User Content is only used only in connection with" ->
    "User Content is used only in connection with"): a slip of the pen, the word
    standing once where it stood twice."""
    edits = [i for i, s in enumerate(segments) if s.op != "equal" and s.text.strip()]
    if len(edits) != 1 or segments[edits[0]].op != "delete":
        return False
    index = edits[0]
    before = "".join(s.text for s in segments[:index] if s.op == "equal")
    after = "".join(s.text for s in segments[index + 1 :] if s.op == "equal")
    text = segments[index].text
    dropped = text.strip()
    whole = (not before or not before[-1].isalnum() or text[0].isspace()) and (
        not after or not after[0].isalnum() or text[-1].isspace()
    )
    if not whole or not dropped.isalpha():
        return False
    word = dropped.lower()
    preceding = WORD.findall(before)[-REPEAT_REACH:]
    following = WORD.findall(after)[:REPEAT_REACH]
    # a whole word, not a prefix ("non-transferable" -> "transferable"); a negation
    # ("do not, and will not, sell" -> "... and will, sell" turns one round) or a word
    # that only joins others ("or reverse hash, or reverse-engineer") only where it
    # stood twice in a row ("You can can reach", "the the")
    if word in _NEGATIONS | _LINKING_WORDS:
        return word in (w.lower() for w in preceding[-1:] + following[:1])
    if word in (w.lower() for w in preceding + following):
        return True
    # or the end of the word before written again ("Provide vide a disclaimer"), or
    # the start of the word after ("recom recommend")
    return len(word) >= FRAGMENT_LETTERS and (
        any(w.lower().endswith(word) and len(w) > len(word) for w in preceding[-1:])
        or any(w.lower().startswith(word) and len(w) > len(word) for w in following[:1])
    )


def _run_written_twice(segments: list[Segment]) -> bool:
    """Return whether the only edit puts in, or takes out, a run of words that the
    words right before or after it repeat ("including the Trademark Policy" ->
    "including the Trademark Policy [Trademark Policy](...)": a link's text captured
    beside the words it links, or a slip of the pen undone)."""
    edits = [i for i, s in enumerate(segments) if s.op != "equal" and WORD.search(s.text)]
    if len(edits) != 1:
        return False
    index = edits[0]
    words = [w.lower() for w in WORD.findall(segments[index].text)]
    if len(words) < REPEATED_RUN_WORDS:
        return False
    before = "".join(s.text for s in segments[:index] if s.op == "equal")
    after = "".join(s.text for s in segments[index + 1 :] if s.op == "equal")
    preceding = [w.lower() for w in WORD.findall(before)[-len(words) :]]
    following = [w.lower() for w in WORD.findall(after)[: len(words)]]
    return words in (preceding, following)


REPEATED_RUN_WORDS = 2  # words of a run written twice (one word: _repeated_word_dropped)
REPEAT_REACH = 3  # words either side where a word dropped may still stand
FRAGMENT_LETTERS = 3  # letters of a word's end or start written again by a slip
_LINKING_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "by"}
)


def _words_respelt(old: str, new: str) -> bool:
    """Return whether new spells the words of old, one for one, with or without hyphens
    and apostrophes or with a typo fixed; a number is never respelt."""
    before, after = _unjoined(old).split(), _unjoined(new).split()
    return (
        len(before) == len(after)
        and not any(char.isdigit() for char in old + new)
        and all(_is_typo(a, b) for a, b in zip(before, after, strict=True))
    )


def _unjoined(word: str) -> str:
    """Return a word without apostrophes and hyphens, for comparing spellings; a word
    broken over a line ("REGARD- LESS") is joined."""
    return _LINE_BREAK_HYPHEN.sub("", word).replace("'", "").replace("’", "").replace("-", "")


_LINE_BREAK_HYPHEN = regexcache.compile(r"(?<=\w)-\s+(?=\w)")


# an email address a web page hid from robots, as captured: "[email protected]",
# often as the text of a link to ".../cdn-cgi/l/email-protection"
_HIDDEN_EMAIL = regexcache.compile(r"\[*\\?\[?email\s+protected\\?\]?\]*(\([^)\s]*\))?", re.I)


def _hidden_email_shown(segments: list[Segment]) -> bool:
    """Return whether the edit only replaces an email address the page hid from
    robots by the address itself or a word or two ("email")."""
    if not any(s.op == "delete" and "protected" in s.text for s in segments):
        return False  # the common case, without joining the text
    deleted = " ".join(s.text for s in segments if s.op == "delete")
    inserted = " ".join(s.text for s in segments if s.op == "insert")
    if not _HIDDEN_EMAIL.search(deleted) or WORD.search(_HIDDEN_EMAIL.sub(" ", deleted)):
        return False
    return len(WORD.findall(_URL.sub(" ", inserted))) <= 2


# an email address spelt out to hide it: "privacy [at] example [dot] com"
_SPELT_EMAIL = regexcache.compile(
    r"([\w.+-]+)\s*[\[(]at[\])]\s*([\w-]+)((?:\s*[\[(]dot[\])]\s*[\w-]+)+)", re.I
)


def _email_written_out(old: str, new: str) -> bool:
    """Return whether one text writes out an email address the other spells to hide
    it ("privacy [at] example [dot] com" -> "privacy@example.com"), the same otherwise."""
    for hidden, plain in ((old, new), (new, old)):
        if ("[at]" in hidden or "(at)" in hidden) and _SPELT_EMAIL.sub(_email_of, hidden) == plain:
            return True
    return False


def _email_of(match: re.Match[str]) -> str:
    """Return the email address a _SPELT_EMAIL match spells."""
    rest = re.sub(r"\s*[\[(]dot[\])]\s*", ".", match.group(3), flags=re.I)
    return f"{match.group(1)}@{match.group(2)}{rest}"


def _only_addresses_changed(segments: list[Segment]) -> bool:
    """Return whether every edit lies inside a web address written in the text
    ("legal.x.com/en/terms" -> "legal.x.com/terms"); spaces around an edit, and edits
    of spaces or a comma alone, do not count."""
    old = "".join(s.text for s in segments if s.op != "insert")
    new = "".join(s.text for s in segments if s.op != "delete")
    url = _URL
    marked = [any(mark in text for mark in ("://", "www.", "@")) for text in (old, new)]
    if not all(marked):  # an address written without "www." on one side at least
        if not (any(marked) or _BARE_DOMAIN_END.search(old) or _BARE_DOMAIN_END.search(new)):
            return False
        url = _ANY_URL
    # an email address changed is a new contact (other, see classify), not a link target
    inside = {
        "delete": [m.span() for m in url.finditer(old) if "://" in m[0] or "@" not in m[0]],
        "insert": [m.span() for m in url.finditer(new) if "://" in m[0] or "@" not in m[0]],
    }
    o = n = edits = 0
    for index, segment in enumerate(segments):
        size = len(segment.text)
        body = segment.text.strip()
        if segment.op != "equal" and body and body not in _LIGHT_PUNCTUATION:
            at = (o if segment.op == "delete" else n) + segment.text.index(body[0])
            if not any(a <= at and at + len(body) <= b for a, b in inside[segment.op]):
                return False
            if _whole_address(segments, index):
                return False  # a domain added to a list (where a cookie is set) is news
            edits += 1
        if segment.op != "insert":
            o += size
        if segment.op != "delete":
            n += size
    return edits > 0


_LIGHT_PUNCTUATION = frozenset({",", ";", ":"})  # an edit of one of these leaves the sense


def _whole_address(segments: list[Segment], index: int) -> bool:
    """Return whether an edit only puts in or takes out whole domains written bare,
    beside text both versions keep ("| openai.com |" -> "| openai.com <br>chatgpt.com |"):
    another address listed, not one written another way."""
    segment = segments[index]
    neighbours = segments[index - 1 : index] + segments[index + 1 : index + 2]
    if any(s.op != "equal" for s in neighbours):
        return False  # a replacement
    body = _ADDRESS_LIST_GLUE.sub(" ", segment.text).split()
    if not body or not all(_BARE_DOMAIN.fullmatch(word) for word in body):
        return False
    # the edit starts and ends between addresses: at a space or a mark of its own, or
    # of the text beside it ("openai.com <br>" put before "chatgpt.com")
    text = segment.text
    start = text[0] if not _ADDRESS_CHAR.match(text[0]) else _char_at(segments, index - 1, -1)
    end = text[-1] if not _ADDRESS_CHAR.match(text[-1]) else _char_at(segments, index + 1, 0)
    return not _ADDRESS_CHAR.match(start) and not _ADDRESS_CHAR.match(end)


def _char_at(segments: list[Segment], index: int, at: int) -> str:
    """Return the character at position at of segments[index], "" where there is none."""
    return segments[index].text[at] if 0 <= index < len(segments) and segments[index].text else ""


_BARE_DOMAIN = regexcache.compile(rf"(?:[a-z0-9-]+\.)+{_DOMAIN_ENDINGS}", re.I)
_ADDRESS_LIST_GLUE = regexcache.compile(r"<br\s*/?>|[,;]|\b(?:and|or)\b", re.I)
_ADDRESS_CHAR = regexcache.compile(r"[\w./:@-]")
_REF_PIECE = regexcache.compile(r"^[A-Za-z0-9.]{1,3}$")


def _relettered(segments: list[Segment]) -> bool:
    """Return whether every edit is a short piece of a reference ("10.b" -> "10A"), the
    label of a list item in brackets ("(b)" -> "(ii)"), or the label a list item opens
    with ("x. relay email" -> "xi. relay email", "2. b. IN NO EVENT" -> "b. IN NO EVENT")."""
    edits = 0
    for index, segment in enumerate(segments):
        if segment.op == "equal":
            continue
        edits += 1
        before = next((s.text for s in reversed(segments[:index]) if s.op == "equal"), "")
        after = next((s.text for s in segments[index + 1 :] if s.op == "equal"), "")
        piece = segment.text.strip()
        in_reference = _REF_PIECE.match(piece) and before[-1:].isdigit()
        item_label = _ITEM_LABEL.match(piece) and before[-1:] == "(" and after[:1] == ")"
        if not in_reference and not item_label and not _opening_label(segments, index, after):
            return False
    return edits > 0


def _opening_label(segments: list[Segment], index: int, after: str) -> bool:
    """Return whether the edit at segments[index] is the label a list item opens with:
    only markup and the clause's number before it, and the label with its full stop or
    bracket ("x" before ". relay", or "2. " whole)."""
    if not _CLAUSE_OPENING.fullmatch(_side_before(segments, index)):
        return False
    piece = segments[index].text.strip()
    if _ITEM_LABEL.match(piece):
        return _LABEL_END.match(after) is not None
    return _WHOLE_LABEL.fullmatch(piece) is not None


_LABEL_END = regexcache.compile(r"[.)]\s")
_WHOLE_LABEL = regexcache.compile(r"\(?([a-z]|[ivxl]{1,5}|\d{1,3})[.)]", re.I)


_ITEM_LABEL = regexcache.compile(r"^([a-z]|[ivxl]{1,5}|[A-Z]|[IVXL]{1,5}|\d{1,3})$")


def _is_typo(a: str, b: str) -> bool:
    """Return whether b looks like a spelling or grammar fix of a (not a new word)."""
    if a.isdigit() or b.isdigit() or a.lower() in _NEGATIONS or b.lower() in _NEGATIONS:
        return False
    if _DIGITS.findall(a) != _DIGITS.findall(b):
        return False  # another number, whatever is written with it ("50GB" -> "35GB")
    if a.lower() == b.lower() or _transposed(a.lower(), b.lower()):
        return True
    if _other_ending(a.lower(), b.lower()):
        return False  # "licensor" -> "licensee", "anonymized" -> "anonymizable"
    ratio = SequenceMatcher(None, a.lower(), b.lower()).ratio()
    return (ratio >= 0.7 and a[:3].lower() == b[:3].lower()) or _one_letter_apart(
        a.lower(), b.lower()
    )


_DIGITS = regexcache.compile(r"\d+")


def _other_ending(a: str, b: str) -> bool:
    """Return whether two words share a stem and end in different suffixes that make
    them different words ("licensor"/"licensee", "processed"/"processing"); a plural
    "s" is grammar, not another word."""
    shared = len(os.path.commonprefix((a, b)))
    if {a[shared:], b[shared:]} <= {"", "s", "es"}:
        return False  # the same word, or its plural
    for cut in range(shared, max(2, shared - 3), -1):  # "employe|e" is "employ|ee"
        ends = (a[cut:], b[cut:])
        if all(e in _SUFFIXES for e in ends if e):
            return frozenset(ends) not in _MISSPELT_ENDINGS
    return False


# endings often written one for the other ("responsable", "independant"): a misspelling
_MISSPELT_ENDINGS = frozenset(
    frozenset(pair) for pair in (("able", "ible"), ("ance", "ence"), ("ant", "ent"))
)
_SUFFIXES = frozenset(
    [
        "ed",
        "ing",
        "able",
        "ible",
        "ion",
        "ions",
        "ive",
        "or",
        "ors",
        "er",
        "ers",
        "ee",
        "ees",
        "ant",
        "ent",
        "ance",
        "ence",
        "ity",
        "ment",
        "al",
        "ly",
        "ful",
        "less",
        "ness",
    ]
)


def confusable(a: str, b: str, rules: RuleSet) -> bool:
    """Return whether two words are both real words easily taken for a misspelling of
    each other ("complimentary" -> "complementary"; `confusables` in the vocabulary)."""
    pair = frozenset((a.lower(), b.lower()))
    return any(pair <= group for group in rules.confusables)


def _agrees(a: str, b: str) -> bool:
    """Return whether b puts a verb in agreement with its noun ("Creators is" ->
    "Creators are"): grammar, no change in meaning."""
    return (a.lower(), b.lower()) in _AGREEMENT


def renamed_with_former_name(change: Change) -> tuple[str, str] | None:
    """Return (former name, new name) when a changed clause only renames something and
    gives its former name in brackets, else None: a product or company renamed, which
    LABELS.md counts as `other` (new product names), not as editorial."""
    if change.old is None or change.new is None:
        return None
    return _former_name_given(change.old.key, change.new.key)


def _former_name_given(old: str, new: str) -> tuple[str, str] | None:
    """Return (former name, new name) when the new text only renames something and
    gives its former name in brackets ("ClipPay (formerly Wallet)", "the Monetization
    Policies (previously the Partner Program Policies)"), else None."""
    if not any(word in new for word in _FORMER_WORDS):
        return None  # one substring search each: the pattern would try every capital
    found = _FORMERLY.search(new)
    if found is None:
        return None
    restored = _FORMERLY.sub(_former_wording, new)
    if not _same_words(restored.lower(), old.lower()):
        return None
    return found.group(3), found.group(1)


def _former_wording(match: re.Match[str]) -> str:
    """Return what a _FORMERLY match said before the rename: the former name, after
    the article the new name opens with ("The Kinderly Family subscription (formerly
    Kinderly Plus)" -> "The Kinderly Plus subscription")."""
    name, noun, former = match.group(1), match.group(2) or "", match.group(3)
    article = _ARTICLE.match(name)
    if article and not former.lower().startswith(article.group(0).lower()):
        former = article.group(0) + former
    return former + noun


_ARTICLE = regexcache.compile(r"(?:the|our|your)\s+", re.I)
_FORMER_WORDS = ("formerly", "previously", "f/k/a", "fka")
# a name in capitals (and the thing it names: "the Kinderly Family subscription"), then
# its former name in brackets
_FORMERLY = regexcache.compile(
    r"((?:[A-Z][\w&'’.+-]*\s+){0,4}[A-Z][\w&'’.+-]*)(\s+[a-z]+)?\s*"
    r"\((?:formerly known as|formerly called|formerly|previously known as|previously called|"
    r"previously|f/k/a|fka)\s+(?:the\s+|our\s+)?([^()]{1,80})\)"
)


def _one_letter_apart(a: str, b: str) -> bool:
    """Return whether a long word and another differ by one letter added or dropped
    after the first ("fourty" -> "forty", "aknowledge" -> "acknowledge"), or b undoes a
    letter doubled at the end of a short word ("inn" -> "in")."""
    short, long = sorted((a, b), key=len)
    if len(long) != len(short) + 1 or short[:1] != long[:1]:
        return False
    if len(short) < 5:
        # a short word only with a letter doubled by mistake ("inn" -> "in"), into a
        # common word ("of" and "off" are both words)
        return b in _DOUBLED_FIXES and long[:-1] == short and long[-1] == long[-2]
    return any(long[:i] + long[i + 1 :] == short for i in range(1, len(long)))


def _reordered(deleted: list[str], inserted: list[str]) -> bool:
    """Return whether the edit only puts the same words in another order ("service
    providers, affiliates and partners" -> "affiliates, partners and service
    providers"); a moved "not", modal or number may change the meaning ("10 now and 20
    later"), so it does not count."""
    if not deleted or len(deleted) != len(inserted):
        return False
    words = Counter(w.lower() for w in deleted)
    if words != Counter(w.lower() for w in inserted) or any(w.isdigit() for w in words):
        return False
    return words.keys().isdisjoint(_NEGATIONS)


def _items_reordered(change: Change) -> bool:
    """Return whether the stretch a change edits holds the same items of a list, split
    at commas and semicolons, in another order, with the same separators in the same
    places ("impersonation, harassment, unlawful conduct, or copyright violations" ->
    "copyright violations, impersonation, unlawful conduct, or harassment"). An item
    carried into another part of the sentence is no reordering ("post spam or scams,
    and sell goods" -> "post spam, and sell goods or scams")."""
    if change.old is None or change.new is None:
        return False
    old, new = change.old.text, change.new.text
    head, tail = _common_affixes(old, new)
    while 0 < head < len(old) and is_word_char(old[head - 1]) and is_word_char(old[head]):
        head -= 1  # to the start of a word the edit changes
    while 0 < tail < len(old) and is_word_char(old[-tail - 1]) and is_word_char(old[-tail]):
        tail -= 1  # and to the end of one ("weapons" and "animals" share their "s")
    # the items read out to the separators, or from the first changed word (a lead-in
    # such as "including for example" kept before the first item); last, with "and" and
    # "or" as separators too, for a list without a comma before its last item ("hate
    # speech, harassment or threats")
    for widen, separator in (
        (True, _ITEM_SEPARATOR),
        (False, _ITEM_SEPARATOR),
        (False, _ANY_ITEM_SEPARATOR),
    ):
        old_items, old_joins = _list_items(old, head, len(old) - tail, widen, separator)
        new_items, new_joins = _list_items(new, head, len(new) - tail, widen, separator)
        if (
            len(old_items) > 1
            and old_items != new_items
            and old_joins == new_joins
            and sorted(old_items) == sorted(new_items)
        ):
            return True
    return False


def _list_items(
    text: str, start: int, end: int, widen: bool, separator: re.Pattern[str]
) -> tuple[list[str], list[str]]:
    """Return the items of a list in text[start:end] (widened out to the separators or
    sentence ends beyond it) and the separators between them, in order."""
    while widen and start > 0 and text[start - 1] not in _ITEM_BOUNDS:
        start -= 1
    while widen and end < len(text) and text[end] not in _ITEM_BOUNDS:
        end += 1
    parts = separator.split(text[start:end])
    items = [" ".join(lower_words(part)) for part in parts[::2]]
    joins = [" ".join(join.lower().split()) for join in parts[1::2]]
    return items, joins


_ITEM_BOUNDS = ",;:.()"
_ITEM_SEPARATOR = regexcache.compile(r"(\s*[,;]\s*(?:and\b|or\b)?\s*)", re.I)
_ANY_ITEM_SEPARATOR = regexcache.compile(r"(\s*[,;]\s*(?:and\b|or\b)?\s*|\s+(?:and|or)\s+)", re.I)


def _only_separators_between(segments: Sequence[Segment]) -> bool:
    """Return whether the text left unchanged between a change's first and last edits
    only separates items ("A, B and C" -> "B, A and C"), so that a reordering moves list
    items and not words from one part of a sentence to another ("Unless you opt out, we
    may use ... We will never sell" -> "We may use ... Unless you opt out, we will")."""
    edited = [i for i, s in enumerate(segments) if s.op != "equal"]
    return (
        all(
            _SEPARATOR.fullmatch(s.text)
            for s in segments[edited[0] : edited[-1] + 1]
            if s.op == "equal"
        )
        if edited
        else True
    )


def _moves_keep_meaning(segments: Sequence[Segment]) -> bool:
    """Return whether words a change moves can move without a change of meaning: items
    of a list ("A, B and C" -> "B, A and C"; "our affiliates; service providers; ..."),
    or a remark in brackets; not words carried from one part of a sentence to another."""
    return (
        _only_separators_between(segments)
        or _only_brackets_moved(segments)
        or all(
            LIST_ITEM_EDGE.search(s.text) for s in segments if s.op != "equal" and s.text.strip()
        )
    )


# where an item of a list, with its separator, starts or ends ("our affiliates; ")
LIST_ITEM_EDGE = regexcache.compile(r"^\s*[,;]|[,;]\s*$")


def _only_brackets_moved(segments: Sequence[Segment]) -> bool:
    """Return whether every edit is a remark in brackets, such as the label of a defined
    term ('("Submissions")'), which may stand anywhere near what it names."""
    return all(_BRACKETED.fullmatch(s.text) for s in segments if s.op != "equal" and s.text.strip())


_BRACKETED = regexcache.compile(r"\s*\([^()]*\)[\s,.;]*")
# list punctuation, "and"/"or", articles and item labels ("(b)", "2.", "iii)")
_SEPARATOR = regexcache.compile(r"(\s|[,;:/&]|\b(and|or|the|a|an)\b|\(?\b[a-z0-9]{1,4}[.)])*", re.I)


def _transposed(a: str, b: str) -> bool:
    """Return whether b is a with two neighbouring letters swapped ("thrid" -> "third");
    in a word of three letters only into a common short word ("teh" -> "the"), since
    most three-letter swaps make another word ("saw", "was")."""
    if len(a) != len(b) or len(a) < 3 or (len(a) == 3 and b not in _COMMON_SHORT_WORDS):
        return False
    wrong = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(wrong) == 2 and wrong[1] == wrong[0] + 1 and a[wrong[0]] == b[wrong[1]]


_DOUBLED_FIXES = frozenset({"in", "on", "to", "at", "is", "it", "the", "and", "for", "you", "our"})
_COMMON_SHORT_WORDS = frozenset(
    {"the", "and", "for", "you", "our", "are", "not", "any", "can", "may", "its", "use", "all"}
)


def _only_function_words(deleted: list[str], inserted: list[str], rules: RuleSet) -> bool:
    """Return whether, once the words both sides share are set aside (in any case:
    "Please remember" -> "Remember"), at most three words changed, each a function
    word or a courtesy such as "please"."""
    if abs(len(deleted) - len(inserted)) > 3:  # more than three words cannot cancel out
        return False
    left = Counter(w.lower() for w in deleted)
    left.subtract(w.lower() for w in inserted)
    changed = [w for w, n in left.items() for _ in range(abs(n))]
    if not (0 < len(changed) <= 3 and all(w in rules.function_words for w in changed)):
        return False
    if any(pair <= left.keys() for pair in _GIVER_AND_TAKER):
        return False  # "payable by you" -> "payable to you": who pays whom
    # one word of a contrast put for another changes the meaning: "name and email" ->
    # "name or email", "your data" -> "our data" (the company's for the user's; "their
    # account" -> "your account" only speaks to the user in the second person)
    return not reverses_meaning(deleted, inserted, rules)


# words that say which way something goes, one put for the other
_GIVER_AND_TAKER = (frozenset({"by", "to"}), frozenset({"from", "to"}))


def reverses_meaning(
    deleted: list[str],
    inserted: list[str],
    rules: RuleSet,
    places: Sequence[tuple[list[str], list[str]]] | None = None,
) -> bool:
    """Return whether an edit puts one word of a contrast for the other ("and" -> "or",
    "our risk" -> "your risk"; `contrasts` in the vocabulary) or one party for another
    ("Customer" -> "Provider"), or takes out or puts in a negation, words both sides
    keep set aside. Given the places of the edit (see edits.edit_places), a word is put
    for another only at one place: "or" cut in one sentence and "and" written in
    another turn nothing round."""
    # a negation taken out or put in: "are not used to train our models" -> "are used"
    if _negations(deleted) != _negations(inserted):
        return True
    return any(_swaps_a_contrast(old, new, rules) for old, new in places or [(deleted, inserted)])


def _swaps_a_contrast(deleted: list[str], inserted: list[str], rules: RuleSet) -> bool:
    """Return whether words taken out and put in hold one word of a contrast, a party or
    a person for the other, words both keep set aside."""
    left = Counter(w.lower() for w in deleted)
    left.subtract(w.lower() for w in inserted)
    gone = {w for w, n in left.items() if n > 0}
    new = {w for w, n in left.items() if n < 0}
    return any(
        frozenset((a, b)) in rules.contrasts or _parties_swapped(a, b) or _persons_swapped(a, b)
        for a in gone
        for b in new
    )


def _persons_swapped(a: str, b: str) -> bool:
    """Return whether one word names a side of the contract by its role and the other
    the other side by its pronoun ("the Provider will credit" -> "you will credit")."""
    return (a in _SUPPLYING and b in _SERVED_PRONOUNS) or (
        a in _SERVED and b in _SUPPLYING_PRONOUNS
    )


_SUPPLYING_PRONOUNS = frozenset({"we", "us", "our"})
_SERVED_PRONOUNS = frozenset({"you", "your"})


def _negations(words: list[str]) -> int:
    """Return how many words turn a statement round ("don't" comes as the words "don"
    and "t"); "no" before a comparative sets a bound ("no later than" -> "within")."""
    lowered = [w.lower() for w in words]
    return sum(
        1
        for at, w in enumerate(lowered)
        if (w in _NEGATING or w == "t" or w.endswith("n't"))
        and not (w == "no" and lowered[at + 1 : at + 2] and lowered[at + 1] in _COMPARATIVES)
    )


# words that turn a statement round
_NEGATING = frozenset({"not", "no", "never", "without", "none", "nor", "cannot"})
_COMPARATIVES = frozenset(
    {"later", "earlier", "sooner", "more", "less", "fewer", "longer", "shorter", "greater"}
)


def swaps_a_few_terms(old: str, new: str, rules: RuleSet) -> bool:
    """Return whether new says old with a few of its terms put for about as many
    others (see SWAP_TERMS, SWAP_IMBALANCE), no number among them: how a clause is
    restated in other words ("Because of the global nature of our business, Spotify
    transfers personal data internationally" -> "As a global business, Spotify transfers
    personal data across borders"). Function words and word endings aside, and each
    synonym written one way. Whether the swap reverses the sense is the caller's test."""
    low, high = SWAP_TERMS
    # words as written first: reading terms (synonyms, stems) of a long clause is slow,
    # and a rewrite changes far more words than a swap could be made of
    old_words, new_words = set(lower_words(old)), set(lower_words(new))
    if len((old_words ^ new_words) - rules.function_words) > SWAP_WORDS_READ * high:
        return False
    # and their stems: words only put in, or only taken out, swap nothing (synonyms and
    # numbers written out only cancel more of them)
    spare = _function_terms(rules.function_words)
    old_stems, new_stems = {stem(w) for w in old_words}, {stem(w) for w in new_words}
    if not (new_stems - old_stems - spare) or not (old_stems - new_stems - spare):
        return False
    if _in_capitals(old) or _in_capitals(new):
        return False  # in capitals no name can be told from another word
    if _names_within(old) != _names_within(new):
        return False  # another place, company or product: "California" -> "Delaware"
    old_terms = set(_terms(old, rules)) - spare
    new_terms = set(_terms(new, rules)) - spare
    novel, lost = new_terms - old_terms, old_terms - new_terms
    # the parties named another way ("Users must" -> "You must") is no swap of terms
    # on its own: "... passwords" -> "... passwords and recovery codes" only adds
    if not novel - _PARTY_TERMS or not lost - _PARTY_TERMS:
        return False
    if any(DIGIT.search(t) for t in novel | lost):
        return False
    if novel & _NARROWING or lost & _NARROWING:
        return False  # a scope narrowed or widened
    return low <= len(novel) + len(lost) <= high and abs(len(novel) - len(lost)) <= SWAP_IMBALANCE


def same_terms(old: str, new: str, rules: RuleSet) -> bool:
    """Return whether old and new hold the same terms in the same order, only function
    words, word endings and synonyms aside ("Please note that the prices displayed
    include VAT" -> "Prices displayed include VAT"). Whether a function word changed
    reverses the sense ("and" -> "or") is the caller's test."""
    # words as written first: reading terms (synonyms, stems) of a long clause is slow;
    # a word in one version only must be a function word, a synonym or another form of
    # a word of the other version
    old_words, new_words = set(lower_words(old)), set(lower_words(new))
    spare = _spare_words(rules.synonym_words, rules.function_words)
    novel, lost = new_words - old_words - spare, old_words - new_words - spare
    if len(novel) + len(lost) > SAME_TERMS_WORDS_READ:
        return False
    # the future made present ("will renew" -> "renews"): "will" alone names no duty here,
    # though it is read as "must" elsewhere
    old, new = _FUTURE.sub("", old), _FUTURE.sub("", new)
    if novel or lost:
        spare_stems = _spare_stems(rules.synonym_words, rules.function_words)
        old_stems = {stem(w) for w in old_words} | spare_stems
        new_stems = {stem(w) for w in new_words} | spare_stems
        if any(stem(w) not in old_stems for w in novel) or any(
            stem(w) not in new_stems for w in lost
        ):
            return False
    old_terms = _content_terms(old, rules)
    if not old_terms or old_terms != _content_terms(new, rules):
        return False
    if _SIGNS.findall(old) != _SIGNS.findall(new):
        return False  # "$5" -> "€5"
    # and no function word that bears on the sense ("payable by you" -> "to you")
    left = Counter(stem(w) for w in plain_words(old, rules) if w not in _EMPTY_WORDS)
    left.subtract(stem(w) for w in plain_words(new, rules) if w not in _EMPTY_WORDS)
    return not any(left.values())


SAME_TERMS_WORDS_READ = 16  # words in one version only beyond which no terms are read
_FUTURE = regexcache.compile(r"\bwill\s+(?!not\b)", re.I)
# signs that are no words but carry a term: currencies and percentages
_SIGNS = regexcache.compile(r"[$€£¥%]")
# words that change no sense however they come and go (articles, courtesy words, "of"
# in "each of the plans" -> "each plan")
_EMPTY_WORDS = _IGNORABLE | {"of", "note", "here", "there", "its", "their", "will"}


def _content_terms(text: str, rules: RuleSet) -> list[str]:
    """Return the stems of text's words but function words, negations kept ("won't"
    reads as "will not")."""
    spare = _function_terms(rules.function_words)
    return [
        term
        for word in plain_words(text, rules)
        if word not in _IGNORABLE and ((term := stem(word)) not in spare or word in _NEGATING)
    ]


_PARTY_TERMS = frozenset(stem(w) for w in ("you", "we", "us", *_SUPPLYING, *_SERVED)) | frozenset(
    stem(f"{w}s") for w in (*_SUPPLYING, *_SERVED)
)
# terms swapped, both sides counted: fewer is a word or two put for another (as often a
# change of substance as not: "affiliates" -> "advertisers"), more is a rewrite; measured
# on the labelled tables, where about a quarter of such swaps no rule names were material
SWAP_TERMS = (4, 10)
SWAP_IMBALANCE = 2  # more terms added than taken out (or the reverse) is new content
SWAP_WORDS_READ = 2  # words changed as written, per term of SWAP_TERMS, read no further


# words that narrow or widen what a clause covers ("only if you tick the box" -> "unless
# you untick it", "regardless of any educational context"), or bound a number
# ("approximately 30 days" -> "at least 30 days")
_NARROWING = frozenset(
    stem(w)
    for w in (
        *("only", "unless", "regardless", "solely", "exclusively", "exclusive", "no"),
        *("approximately", "roughly", "otherwise"),
    )
)


def _in_capitals(text: str) -> bool:
    """Return whether most letters of text are capitals (a disclaimer in capitals)."""
    return len(_NOT_CAPITALS.sub("", text)) > len(_NOT_SMALL_LETTERS.sub("", text))


_NOT_CAPITALS = regexcache.compile(r"[^A-Z]+")
_NOT_SMALL_LETTERS = regexcache.compile(r"[^a-z]+")


def _names_within(text: str) -> set[str]:
    """Return the capitalised words of text that do not open a sentence: its names."""
    return set(_NAME_WITHIN.findall(text))


# (after a word in lower case or a comma: no sentence or clause number comes before it;
# or opening a term in quotes: “Global Data Transfer Addendum” means ...)
_NAME_WITHIN = regexcache.compile(r"(?:(?<=[a-z,] )|(?<=[“\"]))[A-Z][a-z][\w’'-]*")


@cache
def _function_terms(function_words: frozenset[str]) -> frozenset[str]:
    """Return the stems of the vocabulary's function words."""
    return frozenset(stem(w) for w in function_words)


def legal_forms_in(text: str, legal_forms: Sequence[re.Pattern[str]]) -> set[str]:
    """Return the companies' legal forms written in text ("Inc", "B.V"), spaces removed."""
    return {m.group(0).replace(" ", "") for p in legal_forms for m in p.finditer(text)}


def same_legal_forms(a: set[str], b: set[str]) -> bool:
    """Return whether two sets of legal forms (see legal_forms_in) are the same forms,
    however written ("Limited" and "Ltd", "B.V" and "BV")."""
    return {_form(x) for x in a} == {_form(x) for x in b}


def _form(written: str) -> str:
    """Return a legal form written one way: spaces and full stops removed, a spelled-out
    form abbreviated ("Limited" -> "Ltd", "L.L.C." -> "LLC")."""
    plain = written.replace(" ", "").replace(".", "")
    return _ABBREVIATED_FORMS.get(plain.lower(), plain)


_ABBREVIATED_FORMS = {
    "limited": "Ltd", "ltd": "Ltd", "corporation": "Corp", "corp": "Corp",
    "incorporated": "Inc", "inc": "Inc", "plc": "PLC",
}  # fmt: skip


def _same_legal_form(old: str, new: str, legal_forms: Sequence[re.Pattern[str]]) -> bool:
    """Return whether two texts differ only in how they write the same legal forms
    ("Drivo Ltd" -> "Drivo Limited")."""
    if old == new or not legal_forms_in(old, legal_forms):
        return False

    def plain(text: str) -> str:
        for pattern in legal_forms:
            text = pattern.sub(lambda m: _form(m.group(0)), text)
        return text

    return plain(old) == plain(new)


def _legal_form_replaced(
    segments: Sequence[Segment], legal_forms: Sequence[re.Pattern[str]]
) -> bool:
    """Return whether a replacement swaps one legal form for another."""
    for old, new in _replacements(segments):
        old_forms, new_forms = legal_forms_in(old, legal_forms), legal_forms_in(new, legal_forms)
        if old_forms and new_forms and not same_legal_forms(old_forms, new_forms):
            return True
    return False


def _only_a_legal_form(
    deleted: list[str], inserted: list[str], legal_forms: Sequence[re.Pattern[str]]
) -> bool:
    """Return whether, once the words both sides share are set aside, the only change
    is a legal form dropped or added ("Reddit, Inc." -> "Reddit"); a legal form replaced
    by another names another company (see classify)."""
    if abs(len(deleted) - len(inserted)) > 2 or not (deleted or inserted):
        return False  # more than two words cannot cancel out to one legal form
    left = Counter(deleted)
    left.subtract(inserted)
    gone = [w for w, n in left.items() if n > 0]
    new = [w for w, n in left.items() if n < 0]
    changed = gone or new
    if (gone and new) or not changed or sum(abs(n) for n in left.values()) > 2:
        return False
    return all(any(p.fullmatch(w) for p in legal_forms) for w in changed)


_NEGATIONS = {"not", "no", "never", "may", "must", "shall", "will", "can", "cannot"}

# the words a duty is made of besides its subject: pronouns, modal verbs, negations
# ("you may not", "we must"); see tosdiff.duties
DUTY_WORDS = _NEGATIONS | {"only", "unless", "except", "without", "nor", "we", "us"}
DUTY_WORDS |= {"you", "they", "them", "i", "me", "he", "she", "him", "her"}


def is_date_only(change: Change, rules: RuleSet, renames: Renames = frozenset()) -> bool:
    """Return whether only dates (and words such as "Last updated") changed."""
    deleted, inserted = changed_words(change, renames)
    words = deleted + inserted
    if not words or not all(rules.date_words.match(w) or w.isdigit() for w in words):
        return False
    return any(
        _YEAR.match(w) or (rules.date_words.match(w) and w.lower() in _MONTHS) for w in words
    ) or _edits_in_dates(change.redline)


def _edits_in_dates(segments: Sequence[Segment]) -> bool:
    """Return whether every piece a redline deletes or inserts lies inside a date of its
    text ("take effect on 1 March 2025" -> "on 15 March 2025": only the day changed)."""
    texts = {"delete": "", "insert": ""}
    spans: list[tuple[str, int, int]] = []
    for segment in segments:
        for op in ("delete", "insert"):
            if segment.op in ("equal", op):
                if segment.op == op:
                    spans.append((op, len(texts[op]), len(texts[op]) + len(segment.text)))
                texts[op] += segment.text
    dates = {op: [m.span() for m in _DATE.finditer(text)] for op, text in texts.items()}
    return bool(spans) and all(any(a <= x and y <= b for a, b in dates[op]) for op, x, y in spans)


_YEAR = regexcache.compile(r"^(19|20)\d\d$")


def _same_dates(old: str, new: str) -> bool:
    """Return whether two texts give the same dates in the same order, however written
    ("1 March 2024" -> "March 1, 2024")."""
    before = [parse_date(m.group(0)) for m in _DATE.finditer(old)]
    after = [parse_date(m.group(0)) for m in _DATE.finditer(new)]
    return bool(before) and None not in before and before == after


def dates_the_document(sentence: str) -> bool:
    """Return whether a sentence tells when the document itself was made or takes
    effect ("Last updated: ...", "These Terms are effective as of ..."), not when
    something it provides happens ("The new price applies from 1 June")."""
    return _DOCUMENT_DATE.search(sentence) is not None


_DOCUMENT_DATE = regexcache.compile(
    r"\b(effective|(last )?(updated|revised|modified|amended|changed)|last (published|posted)|"
    r"(date of )?(last|latest) revision|revision date|"
    r"version|dated|"
    r"in effect|take[sn]? effect|took effect|as of|gültig|stand|zuletzt|fassung|"
    # "This Privacy Notice applies from 25 May 2023" (but not "the new price applies from")
    r"(notice|policy|terms|agreement|statement|guidelines) (appl(y|ies)|applied|(is|are) valid) "
    r"(from|since))\b",
    re.I,
)


_NUMBERS = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "ninety", "hundred",
    "ein", "eine", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
}  # fmt: skip


_MONTHS = {
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
    "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
    "november", "dec", "december",
    # in German (April, August, September and November are spelt alike)
    "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
}  # fmt: skip


_REFERENCE = regexcache.compile(r"^\d+(\.\d+)+\.?$")


# Shapes of a redline that change no meaning, with their reasons, in the order
# editorial_reason tries them (defined last: they name the functions above).
def _sentences_moved(segments: list[Segment]) -> bool:
    """Return whether the edits only put the clause's sentences in another order, each
    sentence word for word as it was."""
    deleted = WORD.findall(" ".join(s.text for s in segments if s.op == "delete"))
    inserted = WORD.findall(" ".join(s.text for s in segments if s.op == "insert"))
    if not deleted or sorted(deleted) != sorted(inserted):
        return False  # moved sentences take their words along, every one
    old = "".join(s.text for s in segments if s.op != "insert")
    new = "".join(s.text for s in segments if s.op != "delete")
    # the clause's own number ("1.1 ") opens its first sentence only where it stands
    old, new = (text[_CLAUSE_OPENING.match(text).end() :].strip() for text in (old, new))  # type: ignore[union-attr]
    before, after = _SENTENCE_BREAK.split(old), _SENTENCE_BREAK.split(new)
    return len(before) > 1 and before != after and sorted(before) == sorted(after)


_SENTENCE_BREAK = regexcache.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“(])")


def _repeated_sentence_dropped(segments: list[Segment]) -> bool:
    """Return whether the edits only take out whole sentences that the clause still
    holds word for word elsewhere (a sentence written twice, left once; or written
    alone and again at the start of a longer one)."""
    if any(WORD.search(s.text) for s in segments if s.op == "insert"):
        return False
    old = "".join(s.text for s in segments if s.op != "insert").strip()
    new = "".join(s.text for s in segments if s.op != "delete").strip()
    before, after = Counter(_SENTENCE_BREAK.split(old)), Counter(_SENTENCE_BREAK.split(new))
    dropped = before - after
    if not dropped or after - before:
        return False  # every sentence left was there before, word for word
    return all(
        len(WORD.findall(sentence)) >= _REPEATED_SENTENCE_WORDS and sentence.rstrip(".!?") in new
        for sentence in dropped
    )


_REPEATED_SENTENCE_WORDS = 5  # fewer words may repeat by chance ("See below.")


def _references_rewritten(segments: list[Segment]) -> bool:
    """Return whether every edit writes the same clause numbers another way: only
    numbers, words such as "Section" and "and", and punctuation change, and the numbers
    stay the same, in order ("3.3.1, 4.2-4.5" -> "Sections 3.3.1 and 4.2 to 4.5")."""
    deleted = " ".join(s.text for s in segments if s.op == "delete")
    inserted = " ".join(s.text for s in segments if s.op == "insert")
    numbers = _CLAUSE_NUMBER_IN.findall(deleted)
    if not numbers or numbers != _CLAUSE_NUMBER_IN.findall(inserted):
        return False
    words = lower_words(_CLAUSE_NUMBER_IN.sub(" ", f"{deleted} {inserted}"))
    if not all(w in _REFERENCE_NOUNS or w in _REFERENCE_JOINERS for w in words):
        return False
    # numbers of clauses, not amounts: the clause speaks of its sections or provisions
    old = "".join(s.text for s in segments if s.op != "insert")
    return _NAMES_CLAUSES.search(old) is not None


_NAMES_CLAUSES = regexcache.compile(rf"\b({_CLAUSE_NOUN}|provisions?)\b|§", re.I)


_CLAUSE_NUMBER_IN = regexcache.compile(r"\d+(?:\.\d+)*(?:\([a-z0-9]{1,3}\))*", re.I)
_REFERENCE_JOINERS = frozenset({"and", "or", "to", "through"})


def _range_written_out(segments: list[Segment]) -> bool:
    """Return whether every edit only writes a range between two numbers another way, a
    dash for a word or a word for a dash ("Sections 7-10" -> "Sections 7 through 10",
    "3 to 5 days" -> "3-5 days"): the same numbers, the same range."""
    edited = [i for i, s in enumerate(segments) if s.op != "equal"]
    if not edited:
        return False
    runs = [edited[k : k + 2] for k in range(0, len(edited), 2)]
    for run in runs:
        if len(run) != 2 or run[1] != run[0] + 1:
            return False
        first, second = (segments[i] for i in run)
        if {first.op, second.op} != {"delete", "insert"}:
            return False
        before = segments[run[0] - 1].text if run[0] > 0 else ""
        after = segments[run[1] + 1].text if run[1] + 1 < len(segments) else ""
        if not (before[-1:].isdigit() and after[:1].isdigit()):
            return False
        texts = {first.text.strip().lower(), second.text.strip().lower()}
        if not (texts & _RANGE_DASHES and texts & _RANGE_WORDS):
            return False
    return True


_RANGE_DASHES = frozenset({"-", "–", "—"})
_RANGE_WORDS = frozenset({"to", "through", "thru", "until"})


_REDLINE_SHAPES: tuple[tuple[Callable[[list[Segment]], bool], str], ...] = (
    (_references_only, "Cross-reference corrected"),
    (_references_rewritten, "Cross-reference written another way"),
    (_range_written_out, "A range between two numbers written another way"),
    (_relettered, "Cross-reference or item lettering changed"),
    (_only_addresses_changed, "Only a web or email address changed"),
    (_hidden_email_shown, "Only a web or email address changed"),
    (_only_drops_a_pointer, "Only a pointer to more information removed"),
    (_list_lead_in_reworded, "Only the words that say a list follows changed"),
    (_link_text_written_out, "Link changed (its text now the web address it leads to)"),
    (_only_points_to_a_section, "Only a pointer to another section added or removed"),
    (_heading_named_beside_a_reference, "Cross-reference: the heading of the section named"),
    (_respelt, "Spelling or grammar corrected"),
    (_stray_subject_dropped, "Spelling or grammar corrected"),
    (_service_named_more_fully, "The service named more fully or more briefly"),
    (_repeated_word_dropped, "A word written twice in a row of words dropped once"),
    (_run_written_twice, "Words written twice in a row (a repeat put in or taken out)"),
    (_sentences_moved, "Sentences moved within the clause, their words unchanged"),
    (_repeated_sentence_dropped, "A sentence written twice in the clause dropped once"),
)


# an abbreviation defined in brackets after what it stands for: "(CSAM)", "(NCMEC)"
# (also quoted, as a defined term is: '("APIs")')
_ABBREVIATION = regexcache.compile(r"\([\"“']?([A-Z][A-Za-z&]{1,9})[\"”']?\)")
# words an abbreviation skips ("National Center for Missing & Exploited Children")
_UNABBREVIATED = frozenset({"of", "for", "and", "&", "the", "on", "in", "to", "a", "an"})


def _abbreviations_spelled_out(
    edited: str, segments: Sequence[Segment], old: str, new: str
) -> bool:
    """Return whether the edits (their text: edited) only spell out an abbreviation or
    define one in brackets ("We report CSAM" -> "We report child sexual abuse material
    (CSAM)")."""
    defined = _ABBREVIATION.search(edited) or any(
        s.op == "delete" and s.text.strip().isupper() for s in segments
    )
    if defined and lower_words(_unabbreviated(old, new)) == lower_words(_unabbreviated(new, old)):
        return True
    # a bare abbreviation written out in place ("in the US" -> "in the United States",
    # "the EEA or UK" -> "the EEA or the United Kingdom"), or the other way round
    edits = [s for s in segments if s.op != "equal"]
    if not any(_BARE_ABBREVIATION.search(s.text) for s in edits):
        return False  # the common case: no abbreviation in any edit
    pairs = _replacements(segments)
    return (
        bool(pairs)
        and 2 * len(pairs) == len(edits)
        and all(_abbreviates(a, b) or _abbreviates(b, a) for a, b in pairs)
    )


def _abbreviates(short: str, long: str) -> bool:
    """Return whether short is long with its first words abbreviated, the words both
    end with aside ("AI Features" for "artificial intelligence features")."""
    short_words, long_words = short.split(), long.split()
    shared = 0
    while (
        len(short_words) > 1
        and len(long_words) > 1
        and short_words[-1].lower() == long_words[-1].lower()
    ):
        short_words, long_words, shared = short_words[:-1], long_words[:-1], shared + 1
    if len(short_words) != 1:
        return False
    # a term's first words abbreviated need not be capitalised where they are written
    # out ("artificial intelligence features"); a bare abbreviation's words must be
    written = " ".join(long_words)
    return _stands_for(short_words[0], written.title() if shared else written)


_BARE_ABBREVIATION = regexcache.compile(r"\b[A-Z](?:\.?[A-Z]){1,4}\b")


def _stands_for(abbreviation: str, words: str) -> bool:
    """Return whether an abbreviation ("US", "U.K.") is the initials of words ("the United
    States", "United Kingdom"), small words such as "of" aside."""
    letters = abbreviation.replace(".", "")
    if not (2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()):
        return False
    initials = [w[0] for w in WORD.findall(words) if w.lower() not in _UNABBREVIATED]
    return "".join(initials) == letters


def _unabbreviated(text: str, other: str) -> str:
    """Return text with each defined abbreviation ("child sexual abuse material (CSAM)")
    written as other writes it: the bare abbreviation where other uses only that, else
    the words it stands for."""
    for match in reversed(list(_ABBREVIATION.finditer(text))):
        abbreviation = match.group(1)
        letters = [c for c in abbreviation if c.isalpha()]
        if len(letters) > 2 and abbreviation.endswith("s") and abbreviation[-2].isupper():
            letters.pop()  # a plural: "APIs" for "application programming interfaces"
        words = list(WORD.finditer(text, 0, match.start()))
        taken: list[re.Match[str]] = []
        for word in reversed(words):
            if len(taken) == len(letters):
                break
            if word.group(0).lower() not in _UNABBREVIATED or not taken:
                taken.append(word)
        if len(taken) != len(letters) or any(
            w.group(0)[0].lower() != c.lower()
            for w, c in zip(reversed(taken), letters, strict=True)
        ):
            continue
        start = taken[-1].start()
        spelled = text[start : match.start()].rstrip()
        bare = re.search(rf"\b{re.escape(abbreviation)}\b", other) is not None
        written = abbreviation if bare and spelled.lower() not in other.lower() else spelled
        text = text[:start] + written + text[match.end() :]
    return text
