"""tosdiff/words.py gives the words the regular expression \\w+ finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tosdiff.words import lower_words, word_set


@pytest.mark.parametrize(
    "text",
    [
        "Don't STOP-now: snake_case, 3.5% and (a)/b!",
        "tabs\tand\nlines\x1c\x7f~`",
        "Caf\u00e9 \u00c9T\u00c9 stra\u00dfe \u0130stanbul",  # not ASCII: the regex path
        "",
    ],
)
def test_words_are_the_lower_cased_regex_words(text: str) -> None:
    assert lower_words(text) == re.findall(r"\w+", text.lower())
    assert word_set(text) == frozenset(re.findall(r"\w+", text.lower()))


@given(st.text(), st.integers(0, 40), st.integers(0, 40))
def test_a_slice_has_the_words_of_the_sliced_text(text: str, start: int, width: int) -> None:
    end = start + width
    assert lower_words(text, start, end) == re.findall(r"\w+", text[start:end].lower())
