"""Tests for tosdiff.redline: word-level differences inside one clause pair."""

from __future__ import annotations

import os
import re

import pytest

from tosdiff.model import Segment
from tosdiff.redline import (
    _code_points,
    _split_tokens,
    deleted_text,
    inserted_text,
    redline,
    tokenize,
)

_WORDCHAR = re.compile(r"\w")


def ops(segments: list[Segment]) -> list[tuple[str, str]]:
    return [(s.op, s.text) for s in segments]


def old_side(segments: list[Segment]) -> str:
    return "".join(s.text for s in segments if s.op in ("equal", "delete"))


def new_side(segments: list[Segment]) -> str:
    return "".join(s.text for s in segments if s.op in ("equal", "insert"))


def splits_a_word(text: str, position: int) -> bool:
    """Return whether a cut at position falls inside a word (word characters both sides)."""
    if position <= 0 or position >= len(text):
        return False
    return bool(_WORDCHAR.match(text[position - 1]) and _WORDCHAR.match(text[position]))


def assert_whole_tokens(old: str, new: str, segments: list[Segment]) -> None:
    """Assert that every edited run starts and ends on a word boundary of its side."""
    for side, text, edit in (("old", old, "delete"), ("new", new, "insert")):
        position = 0
        for segment in segments:
            if segment.op not in ("equal", edit):
                continue
            end = position + len(segment.text)
            if segment.op == edit:
                assert not splits_a_word(text, position), (side, segment, text[:position])
                assert not splits_a_word(text, end), (side, segment, text[end:])
            position = end


def test_one_word_edit_shows_as_one_word() -> None:
    old = "The fee is payable monthly in advance."
    new = "The fee is payable annually in advance."
    assert ops(redline(old, new).segments) == [
        ("equal", "The fee is payable "),
        ("delete", "monthly"),
        ("insert", "annually"),
        ("equal", " in advance."),
    ]


def test_number_in_words_and_digits_never_splits_a_word() -> None:
    old = "You may cancel within thirty (30) days of purchase."
    new = "You may cancel within sixty (60) days of purchase."
    segments = redline(old, new).segments
    assert_whole_tokens(old, new, segments)
    # "thirty" and "sixty" share "ty"; "30" and "60" share "0": neither may be kept
    assert ("delete", "thirty") in [(s.op, s.text.strip()) for s in segments]
    assert ("insert", "sixty") in [(s.op, s.text.strip()) for s in segments]
    assert "30" in deleted_text(segments) and "60" in inserted_text(segments)
    assert "days of purchase" in "".join(s.text for s in segments if s.op == "equal")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Notice of a change is given one month in advance.",
            "Notice of a change is given fifteen (15) days in advance.",
        ),
        ("Interest accrues at 3.5% on 1,000 users.", "Interest accrues at 4.5% on 2,000 users."),
        ("It\u2019s the user\u2019s duty.", "It\u2019s the users\u2019 duty."),
        ("sabotages and propagates cults", "sabotaging and propagating cults"),
        ("unreasonable", "reasonable"),
        ("within 1 working day", "within 3 working days"),
    ],
)
def test_edits_are_whole_tokens(old: str, new: str) -> None:
    segments = redline(old, new).segments
    assert_whole_tokens(old, new, segments)
    assert old_side(segments) == old
    assert new_side(segments) == new


def test_decimal_number_is_one_token() -> None:
    segments = redline("at 3.5% a year", "at 3.7% a year").segments
    assert deleted_text(segments) == "3.5"
    assert inserted_text(segments) == "3.7"


def test_identical_texts_are_one_equal_segment() -> None:
    text = "Fees are payable monthly."
    result = redline(text, text)
    assert ops(result.segments) == [("equal", text)]
    assert not result.timed_out


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("", "New clause text.", [("insert", "New clause text.")]),
        ("Old clause text.", "", [("delete", "Old clause text.")]),
        ("", "", []),
    ],
)
def test_empty_sides(old: str, new: str, expected: list[tuple[str, str]]) -> None:
    assert ops(redline(old, new).segments) == expected


CLAUSE_PAIRS = [
    (
        "3.8 The Platform shall notify you one month in advance of any change.",
        "3.8 The Platform shall notify you fifteen (15) days in advance of any change, by email.",
    ),
    (
        "Disputes shall be brought before a court in Hong Kong.",
        "Disputes shall be finally settled by arbitration at the SIAC in Singapore.",
    ),
    ("  leading and trailing spaces  ", "leading and  trailing\tspaces"),
    ("Line one.\nLine two.", "Line one.\n\nLine two, changed."),
    ("a b c d e f", "f e d c b a"),
    ("\u201cQuoted\u201d \u2014 text", '"Quoted" - text'),
]


@pytest.mark.parametrize(("old", "new"), CLAUSE_PAIRS)
def test_sides_reassemble_into_the_original_texts(old: str, new: str) -> None:
    segments = redline(old, new).segments
    assert old_side(segments) == old
    assert new_side(segments) == new
    assert all(s.text for s in segments), "no empty segments"
    assert all(a.op != b.op for a, b in zip(segments, segments[1:], strict=False)), (
        "adjacent segments of the same op are merged"
    )


def test_many_distinct_tokens() -> None:
    # more distinct words than the 6,400 characters of the Basic Multilingual Plane's
    # private-use area, so the encoding must use the supplementary planes too
    old_words = [f"w{i}" for i in range(7000)]
    new_words = [w for w in old_words if w != "w3500"] + ["tail"]
    old, new = " ".join(old_words), " ".join(new_words)
    segments = redline(old, new).segments
    assert old_side(segments) == old
    assert new_side(segments) == new
    assert deleted_text(segments) == "w3500"
    assert inserted_text(segments) == "tail"


@pytest.mark.parametrize(
    "text",
    [
        "Pay 3.5% of 1,000 by 12/31 at 9:30.",
        "the user\u2019s and users' duty; don't",
        "  lead and\ttab\u00a0nbsp \n trail  ",
        "30abc abc30 _x \u0663\u0664 \u00b2 (a)-b",
        "3. 4.. .5 ,6 7:",
    ],
)
def test_tokenize_matches_the_plain_token_pattern(text: str) -> None:
    plain = re.compile(r"\d+(?:[.,:/]\d+)*|\w+(?:['\u2019]\w+)*|\s+|[^\w\s]")
    assert tokenize(text) == plain.findall(text)
    assert "".join(tokenize(text)) == text


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Pay within 30.5 days of notice.", "Pay within 30. 5 days of notice."),
        ("the user\u2019s duty to pay", "the users\u2019 duty to pay"),
        ("a  b c d", "a b  c d"),
        ("1,000 users of 2,000", "1,001 users of 2,000"),
        (" lead text", "  lead text"),
        ("x\u00a0y z", "x y z"),
        ("same start, then old words", "same start, then new words"),
    ],
)
def test_split_tokens_tokenizes_like_each_text_alone(old: str, new: str) -> None:
    common = len(os.path.commonprefix([old, new]))
    for prefix in range(common + 1):
        rest_old, rest_new = old[prefix:][::-1], new[prefix:][::-1]
        for suffix in range(len(os.path.commonprefix([rest_old, rest_new])) + 1):
            head, middle_old, middle_new, tail = _split_tokens(old, new, prefix, suffix)
            assert head + middle_old + tail == tokenize(old), (prefix, suffix)
            assert head + middle_new + tail == tokenize(new), (prefix, suffix)


def test_code_points_run_on_into_the_supplementary_planes() -> None:
    assert _code_points(10)[:2] == "\ue000\ue001"
    codes = _code_points(7000)
    assert len(codes) == 7000 and len(set(codes)) == 7000
    assert codes[6399] == "\uf8ff" and codes[6400] == "\U000f0000"
    with pytest.raises(ValueError, match="too many distinct tokens"):
        _code_points(6400 + 2 * 65534 + 1)
