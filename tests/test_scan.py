"""Tests for tosdiff.scan: the scanner answers exactly as the regex engine does."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tosdiff.ruleset import default_rules
from tosdiff.scan import (
    Scanner,
    required_literals,
    required_prefixes,
    word_markers,
    word_prefixes,
)

RULES = default_rules()
PATTERNS = [
    pattern for rule in RULES.rules() for pattern in rule.patterns + rule.requires + rule.excludes
] + list(RULES.banner)
# every pattern indexed (the rule set's own scanner indexes only the trigger patterns)
SCANNER = Scanner(PATTERNS)

SAMPLE = (
    "You must not share your personal data with third parties. We may terminate your "
    "account upon 30 days' notice. Fees are billed monthly; late payment incurs interest. "
    "These Terms are governed by the laws of Ireland. We're updating our Terms: the new "
    "terms take effect on 1 March. YOU AGREE TO INDEMNIFY US. Cookies and e-mail notices, "
    "notify you of changes, the platform shall notify you of any changes to these terms. "
    "Premium costs $5 or € 7 a month."
)

_VOCABULARY = (
    "you your must not shall share personal data we may terminate account notice fees "
    "billed payment interest governed laws updating terms take effect cookies e-mail "
    "notify changes platform liable liability indemnify warranty arbitration days "
    "within suspend, (30) . ; : the of to and $5 $ € 7 do not never agree required "
    "responsible for subject bound by cannot need have users result in restrict "
    "permanently suspended strikes expire law enforcement act written consent"
)
WORDS = st.sampled_from([*_VOCABULARY.split(), "\n"])


def _spans(matches: list[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:40])
def test_finditer_equals_the_regex_engine(pattern: re.Pattern[str]) -> None:
    hits = SCANNER.hits(SAMPLE)
    for start, end in [(0, len(SAMPLE)), (10, 200), (95, 96), (150, len(SAMPLE))]:
        assert _spans(list(hits.finditer(pattern, start, end))) == _spans(
            list(pattern.finditer(SAMPLE, start, end))
        )
        assert hits.count(pattern, start, end) == len(pattern.findall(SAMPLE, start, end))


@settings(max_examples=60, deadline=None)
@given(st.lists(WORDS, min_size=0, max_size=60), st.integers(0, 80), st.integers(0, 400))
def test_scanned_regions_answer_like_the_regex_engine(
    words: list[str], offset: int, width: int
) -> None:
    text = " ".join(words)
    region = (min(offset, len(text)), min(len(text), offset + width))
    hits = SCANNER.hits(text, (region,))
    for pattern in PATTERNS:
        expected = list(pattern.finditer(text, *region))
        assert _spans(list(hits.finditer(pattern, *region))) == _spans(expected)
        assert hits.count_scanned(pattern) == len(expected)
        if expected:
            assert not hits.absent(pattern)


def test_queries_outside_the_scanned_regions_fall_back_to_the_regex() -> None:
    pattern = re.compile(r"\b(terminat\w*)", re.I)
    hits = Scanner([pattern]).hits(SAMPLE, ((0, 20),))
    assert [m.group(0) for m in hits.finditer(pattern)] == ["terminate"]


def test_search_with_a_lowered_text_equals_pattern_search() -> None:
    scanner = SCANNER
    lowered = SAMPLE.lower()
    for pattern in PATTERNS:
        found, expected = scanner.search(pattern, SAMPLE, lowered), pattern.search(SAMPLE)
        assert (found and found.span()) == (expected and expected.span())


def test_required_prefixes_and_literals() -> None:
    fees = re.compile(r"\b(fees?|pric(e|es))\b", re.I)
    assert required_prefixes(fees) == ("fee", "price")
    assert word_prefixes(fees) == ("fee", "price", "prices")
    will = re.compile(r"\byou(?:'ll| will) (?:need|have) to\b", re.I)
    assert required_prefixes(will) == ("you",)
    assert word_prefixes(will) == (
        "you will have to",
        "you will need to",
        "you'll have to",
        "you'll need to",
    )
    assert word_prefixes(re.compile(r"\b(users?|you) must", re.I)) == ("user", "you")
    assert word_prefixes(re.compile(r"(users?|you) must", re.I)) is None  # not at a word
    assert required_prefixes(re.compile(r"\w+ fees")) is None
    banner = re.compile(r"\b(we.re|we are) updating\b", re.I)
    assert frozenset({" updating"}) in required_literals(banner)
    duty = re.compile(r"\b(You|users?) (must not|shall not)\b")
    assert frozenset({"you", "user"}) in required_literals(duty)
    assert frozenset({"must not", "shall not"}) in required_literals(duty)
    assert required_literals(re.compile(r"\b(a|b?)\b")) == ()


def test_lookarounds_do_not_hide_a_patterns_prefix() -> None:
    pattern = re.compile(r"\b(warning|(?<!law )enforcement(?! act))\b", re.I)
    assert word_prefixes(pattern) == ("enforcement", "warning")
    hits = Scanner([pattern]).hits("Law enforcement may act; enforcement measures follow.")
    assert [m.start() for m in hits.finditer(pattern)] == [25]


def test_word_markers_are_later_words_every_match_holds() -> None:
    duty = re.compile(r"\b(you|users?)\b(\s+\w+){0,3}?\s+(must|shall|agree to)\b", re.I)
    assert word_markers(duty) == (("agree to", "must", "shall"),)
    # after an optional part that ends a word, the next word still starts one
    bound = re.compile(r"\byou (?:are|remain) (?:also )?(?:subject to|bound by)\b")
    assert word_markers(bound) == (("bound by", "subject to"),)
    # "ed" in "prohibited" starts no word; "is" and "and" are too common to filter on
    assert word_markers(re.compile(r"\bprohibit(?:ed|s)")) == ()
    assert word_markers(re.compile(r"\byou (is|and) \w+ fine\b")) == (("fine",),)


def test_a_pattern_is_absent_where_a_word_it_needs_is_missing() -> None:
    duty = re.compile(r"\b(you|users?)\b(\s+\w+){0,3}?\s+(must|shall)\b", re.I)
    scanner = Scanner([duty])
    text = "You can share what you like; users decide."
    hits = scanner.hits(text)
    assert hits.absent(duty) and list(hits.finditer(duty)) == []
    hits = scanner.hits("You can share. Users must ask.")
    assert [m.group(0) for m in hits.finditer(duty)] == ["Users must"]


def test_a_pattern_that_does_not_start_a_word_is_still_answered() -> None:
    money = re.compile(r"[$€]\s?\d+")
    scanner = Scanner([money])
    hits = scanner.hits("costs $5 or €7, $ 8")
    assert [m.group(0) for m in hits.finditer(money)] == ["$5", "€7", "$ 8"]
    assert hits.any_of(scanner.ids([money]))
    assert not scanner.hits("costs five").any_of(scanner.ids([money]))
    assert not scanner.hits("costs $5", ((0, 5),)).any_of(scanner.ids([money]))


def test_a_pattern_anchored_at_the_start_is_found_only_there() -> None:
    dont = re.compile(r"^(?:do not|never)\b", re.I)
    scanner = Scanner([dont])
    assert scanner.hits("Do not post spam.").any_of(scanner.ids([dont]))
    hits = scanner.hits("Please do not post spam.")
    assert not hits.any_of(scanner.ids([dont])) and list(hits.finditer(dont)) == []


def test_ids_of_patterns_the_scanner_cannot_index_is_none() -> None:
    words = re.compile(r"\w+ fees")
    scanner = Scanner([words])
    assert scanner.ids([words]) is None and scanner.hits("any fees").any_of(None)


def test_text_whose_case_folding_changes_its_length_is_answered() -> None:
    pattern = re.compile(r"\bterms\b", re.I)
    text = "İ terms"  # "İ".lower() is two characters long
    assert [m.span() for m in Scanner([pattern]).hits(text).finditer(pattern)] == [(2, 7)]
    # nor is any pattern of it taken for absent, nor its ids for not found
    scanner = Scanner([pattern])
    hits = scanner.hits(text)
    assert hits.any_of(scanner.ids([pattern])) and hits.found() is None


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_shipped_trigger_pattern_is_indexed(language: str) -> None:
    # a pattern the scanner cannot index still answers correctly, but its rule then
    # runs the regex over every scanned region of every change: keep them indexed
    rules = RULES.for_language(language)
    assert {rule for rule, ids in rules.trigger_ids.items() if ids is None} == set()


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_shipped_trigger_pattern_hides_its_first_word_behind_a_lookbehind(
    language: str,
) -> None:
    # "(?<!not )\b(permitted|allowed)" is found only by a substring search over the
    # whole region; "\b(permitted|allowed)\b(?<!not permitted)" by the word scan
    rules = RULES.for_language(language)
    hidden = [
        pattern.pattern
        for rule in rules.all_rules
        for pattern in rule.patterns
        if pattern.pattern.startswith(("(?<!", "(?<=")) and word_prefixes(pattern) is None
    ]
    assert hidden == []
