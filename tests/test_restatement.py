"""Tests for tosdiff.restatement: whether an edit only says a clause another way."""

from __future__ import annotations

import pytest

from tosdiff import DiffOptions, compare
from tosdiff.editorial import changed_words
from tosdiff.edits import edits_of
from tosdiff.restatement import reworded
from tosdiff.ruleset import default_rules


def restates(old: str, new: str) -> bool:
    """Return whether the one edit between two versions of a clause restates it."""
    report = compare(f"1. {old}\n", f"1. {new}\n", options=DiffOptions(classify=False))
    (change,) = report.changes
    rules = default_rules().for_language("en")
    return reworded(*changed_words(change), edits_of(change), rules)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # words put for others of the same force
        (
            "The App allows you to create routines which turn your lights on or off.",
            "The App lets you create routines that turn your lights on or off.",
        ),
        (
            "You may cancel at any time in your settings.",
            "You can cancel at any time in your settings.",
        ),
        # a ban is a ban, whichever modal says it, and a contraction counts as its words
        (
            "You must not share your login details with other people.",
            "You may not share your login details with others.",
        ),
        (
            "If you don't pay an invoice on time, a late fee applies to the amount overdue.",
            "If you do not pay an invoice when due, a late fee applies to the overdue amount.",
        ),
        # an ordinal that counts no days or times is no number
        (
            "We use the details you gave us when you first signed up with third-party sites.",
            "We use the details you gave us when you signed up with other sites.",
        ),
    ],
)
def test_words_of_the_same_force_restate_a_clause(old: str, new: str) -> None:
    assert restates(old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a modal, a condition of the law, discretion, a number word or a unit changed
        (
            "We will refund the unused part of your fees.",
            "We may refund the unused part of your fees.",
        ),
        (
            "We will give notice of termination where required by law.",
            "We will give notice of termination where appropriate.",
        ),
        ("Fees change at our sole discretion.", "Fees change at our reasonable discretion."),
        ("You may ask for one refund a year.", "You may ask for three refunds a year."),
        ("The fee is charged per month of use.", "The fee is charged per year of use."),
        # an ordinal that counts days
        (
            "Funds will generally be available on the first business day after your deposit.",
            "Funds will generally be available on the second business day after your deposit.",
        ),
        # words only put around those taken out add to the clause
        (
            "We collect your name, email address and delivery address.",
            "We collect your name, email address, delivery address and billing postcode.",
        ),
        # a word moved to the other side of a condition
        (
            "Your data may be shared by us with partners unless you opt out.",
            "We may share your data unless you opt out with partners.",
        ),
        # another real word of the same letters, and words of a web address
        ("We saw the fee change.", "We was the fee change."),
        (
            "Paid features follow the Terms (https://example.com/en/paid).",
            "Paid features also follow the Terms (https://example.com/paid).",
        ),
    ],
)
def test_a_word_of_another_force_or_shape_is_no_restatement(old: str, new: str) -> None:
    assert not restates(old, new)
