"""Text moved between clauses (tosdiff/moved.py) and how the classifier uses it.
Every sentence is written by hand."""

from __future__ import annotations

from tosdiff import compare
from tosdiff.moved import MovedText, sentence_words

APPEAL = "Where appropriate, you can appeal those actions."


def moved_text(edits: dict[str, tuple[list[str], list[str]]]) -> MovedText[str]:
    """Return a MovedText over named changes given as (removed, added) sentences."""
    return MovedText(list(edits), lambda name: edits[name][0], lambda name: edits[name][1])


def test_a_sentence_removed_in_one_change_and_added_in_another_is_moved() -> None:
    moved = moved_text({"from": ([APPEAL], []), "to": ([], [APPEAL])})
    assert moved.only_moves("to") and moved.only_moves("from")


def test_a_sentence_reworded_a_little_still_counts_as_moved() -> None:
    moved = moved_text(
        {
            "from": (["and, where appropriate, you can appeal those actions"], []),
            "to": ([], [APPEAL]),
        }
    )
    assert moved.only_moves("to")


def test_one_sentence_is_asked_about_by_the_side_it_is_on() -> None:
    moved = moved_text({"from": ([APPEAL], []), "to": ([], [APPEAL, "Fees are due today."])})
    assert moved.moved("to", APPEAL, "inserted")  # added here, removed by "from"
    assert moved.moved("from", APPEAL, "deleted")  # removed here, added by "to"
    assert not moved.moved("to", APPEAL, "deleted")  # nothing else added it
    assert not moved.moved("to", "Fees are due on the first day.", "inserted")


def test_words_removed_here_that_now_sit_inside_a_longer_sentence_moved() -> None:
    fragment = "and prevent you from creating a new account"
    longer = (
        "In all cases of permanent suspension, "
        "we will also prevent you from creating a new account."
    )  # a word recased in place ("violative" -> "Violative") moves nothing
    moved = moved_text({"from": ([fragment, "violative"], ["Violative"]), "to": ([], [longer])})
    assert moved.only_moves("from")  # what it removed is still written, elsewhere
    assert not moved.only_moves("to")  # what it added is more than what moved


def test_a_sentence_rewritten_within_one_change_is_not_moved() -> None:
    moved = moved_text({"only": ([APPEAL], ["Where appropriate, you may appeal those actions."])})
    assert not moved.only_moves("only")


def test_new_wording_beside_a_moved_sentence_is_not_only_a_move() -> None:
    moved = moved_text(
        {
            "from": ([APPEAL], []),
            "to": ([], [APPEAL, "We may also close your account without any notice to you."]),
        }
    )
    assert not moved.only_moves("to")


def test_a_fragment_is_too_short_to_be_recognised_as_moved() -> None:
    moved = moved_text({"from": (["within 30 days"], []), "to": ([], ["within 30 days"])})
    assert not moved.only_moves("to")


def test_nothing_removed_or_added_is_not_a_move() -> None:
    assert not moved_text({"empty": ([], [])}).only_moves("empty")
    assert not moved_text({}).only_moves("unknown")


def test_sentence_words_are_lower_cased_words() -> None:
    assert sentence_words("You MAY appeal, you may.") == frozenset({"you", "may", "appeal"})
    # Markdown emphasis is no part of a word
    assert sentence_words("_Data retained_") == frozenset({"data", "retained"})


OLD = (
    (
        "Article 1 Content\n\n1.1 If you post content that breaks these Terms, we can take action "
        "against it and, where appropriate, you can appeal those actions.\n\n"
    )
    + """1.2 If you post content that breaks the law, we can remove it.

Article 2 Accounts

2.1 We may suspend accounts that break these Terms.
"""
)


def test_a_sentence_moved_to_another_clause_is_not_material() -> None:
    new = OLD.replace(" and, where appropriate, you can appeal those actions.", ".").replace(
        "we can remove it.", "we can remove it. Where appropriate, you can appeal those actions."
    )
    changes = compare(OLD, new).changes
    assert len(changes) == 2
    for change in changes:
        assert change.kinds == ["editorial"] and not change.material  # moved, not written
        assert any(e.rule == "moved-text" for e in change.evidence)
        assert "text moved between clauses" in change.explanation.lower()


def test_wording_repeated_from_an_unchanged_clause_is_still_a_change() -> None:
    new = OLD.replace(
        "2.1 We may suspend accounts that break these Terms.",
        "2.1 We may suspend accounts that break these Terms. If you post content that breaks "
        "the law, we can remove it.",
    )
    (change,) = compare(OLD, new).changes
    assert change.material
    assert not any(e.rule == "moved-text" for e in change.evidence)


def test_the_same_edit_in_two_places_is_two_material_changes() -> None:
    old = OLD + "\nArticle 3 Again\n\n3.1 We may suspend accounts that break these Terms.\n"
    new = old.replace("We may suspend accounts", "We may suspend or terminate accounts")
    changes = compare(old, new).changes
    assert len(changes) == 2 and all(c.material for c in changes)


RETENTION = (
    "We keep your account data for as long as your account is open, and for two years "
    "after you close it to meet our legal duties."
)
REGIONAL = (
    "# Privacy\n\n1. Retention\n\n" + RETENTION + "\n\n2. Your rights\n\nYou can ask for a "
    "copy of your data.\n"
)


def test_an_added_section_repeating_a_clause_word_for_word_is_not_material() -> None:
    repeated = REGIONAL + "\n3. Residents of Ontario\n\nRetention. " + RETENTION + "\n"
    (change,) = compare(REGIONAL, repeated).changes
    assert "data-privacy" in change.kinds and not change.material


def test_an_added_section_with_a_new_retention_period_is_material() -> None:
    longer = RETENTION.replace("two years", "seven years")
    repeated = REGIONAL + "\n3. Residents of Ontario\n\nRetention. " + longer + "\n"
    (change,) = compare(REGIONAL, repeated).changes
    assert change.material


def test_a_repeat_of_a_clause_that_was_itself_new_is_material() -> None:
    old = "# Privacy\n\n2. Your rights\n\nYou can ask for a copy of your data.\n"
    new = REGIONAL + "\n3. Residents of Ontario\n\n" + RETENTION + "\n"
    assert all(change.material for change in compare(old, new).changes)


def test_only_repeats_needs_a_whole_sentence_in_both_versions() -> None:
    sentence = "We share your data with our payment processors to bill you each month."
    moved = MovedText(
        ["added"], lambda name: [], lambda name: [sentence], lambda: (sentence, sentence)
    )
    assert not moved.only_repeats("added")  # the only copy in the new text is its own
    doubled = MovedText(
        ["added"],
        lambda name: [],
        lambda name: [sentence, "Billing."],
        lambda: (sentence, sentence + "\n" + sentence),
    )
    assert doubled.only_repeats("added")
