"""Where a change edits its texts (tosdiff/edits.py). Every text is written by hand."""

from __future__ import annotations

import re

from tosdiff import compare
from tosdiff.edits import (
    edit_places,
    edits_of,
    segment_sentences,
    sentence_of,
    sentence_start,
    touched_sentences,
    windows,
)


def test_a_sentence_start_is_found_reading_back_from_the_position() -> None:
    sentence_end = re.compile(r"(?<=[.;!?])\s+")
    text = ("A first sentence. " * 60) + "Then a long one without an end " * 40 + "here."
    for at in (0, 5, 18, 400, 1079, 1080, 1500, len(text)):
        expected = max((m.end() for m in sentence_end.finditer(text, 0, at)), default=0)
        assert sentence_start(text, at) == expected


def test_edits_locate_deletions_and_insertions_in_each_text() -> None:
    (change,) = compare(
        "1. You may cancel within 30 days.", "1. You may cancel within 14 days."
    ).changes
    edits = edits_of(change)
    assert [edits.old[a:b] for a, b in edits.deleted] == ["30"]
    assert [edits.new[a:b] for a, b in edits.inserted] == ["14"]


def test_every_edit_is_located_in_both_texts() -> None:
    (change,) = compare(
        "1. We may suspend your account.", "1. We may not suspend your account today."
    ).changes
    edits = edits_of(change)
    # an insertion is an empty span in the old text, where it goes
    assert [edits.old[a - 4 : a] for a, b in edits.edits_in_old if a == b] == ["may ", "ount"]
    assert [(edits.new[a:b]) for a, b in edits.edits_in_new] == ["not ", " today"]


def test_an_added_clause_is_edited_whole() -> None:
    (change,) = compare("1. Fees.\n", "1. Fees.\n\n2. Taxes are extra.\n").changes
    edits = edits_of(change)
    assert edits.old == "" and edits.inserted == ((0, len(edits.new)),)


def test_touched_sentences_are_the_sentences_an_edit_overlaps_by_more_than_spaces() -> None:
    text = "One sentence here. Two sentence here. Three sentence here."
    at = text.index(" Two")
    span = (at, at + len(" Two sentence here."))
    assert touched_sentences(text, (span,)) == ["Two sentence here."]
    assert touched_sentences(text, ((at, at + 1),)) == []  # a space alone


def test_segment_sentences_split_what_was_inserted() -> None:
    (change,) = compare(
        "1. Fees are due.", "1. Fees are due. Taxes are extra. Refunds are rare."
    ).changes
    assert segment_sentences(change, "insert") == ["Taxes are extra.", "Refunds are rare."]
    assert segment_sentences(change, "delete") == []


def test_windows_around_nearby_edits_merge() -> None:
    assert windows(((10, 12), (20, 22)), 1000, reach=5) == [(5, 27)]
    assert windows(((10, 12), (40, 42)), 1000, reach=5) == [(5, 17), (35, 47)]
    assert windows(((0, 2),), 10, reach=5) == [(0, 7)]


def test_an_abbreviation_of_initials_ends_no_sentence() -> None:
    text = "Our liability shall not exceed twenty U.S. dollars ($20). You agree to this."
    match = re.search(r"\$20", text)
    assert match is not None
    assert sentence_of(text, match) == "Our liability shall not exceed twenty U.S. dollars ($20)."


def test_no_break_spaces_read_as_spaces_with_spans_kept() -> None:
    old = "You must be at least 16\u00a0years old."
    new = "You must be at least 13\u00a0years old."
    (change,) = compare(old, new).changes
    edits = edits_of(change)
    assert "16 years" in edits.old and "13 years" in edits.new
    assert [edits.new[a:b] for a, b in edits.inserted] == ["13"]


def test_edit_places_keep_apart_edits_made_in_different_places() -> None:
    (change,) = compare(
        "1. Open to users in the EEA, the UK or Switzerland, and nowhere else.",
        "1. Open to users in the US or in the EEA, the UK and Switzerland, and nowhere else.",
    ).changes
    places = edit_places(edits_of(change))
    assert [(sorted(old), sorted(new)) for old, new in places] == [
        ([], ["US", "in", "or", "the"]),
        (["or"], ["and"]),
    ]
