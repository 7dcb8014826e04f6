"""Examples added to a list a clause already gives, or taken out of a clause
(tosdiff/example_lists.py)."""

from __future__ import annotations

import pytest
from test_classify import classify_pair

from tosdiff import compare
from tosdiff.edits import edits_of
from tosdiff.example_lists import (
    only_an_aside_of_examples_added,
    only_examples_added,
    only_examples_removed,
)
from tosdiff.ruleset import default_rules

RULES = default_rules()
DEVICE = "We collect information about your device, such as its model, operating system"


def _only_examples(old: str, new: str) -> bool:
    (change,) = compare(f"1. {old}", f"1. {new}").changes
    return only_examples_added(edits_of(change), RULES.example_openers, RULES.sensitive_examples)


@pytest.mark.parametrize(
    ("old", "new", "examples"),
    [
        # more of the same kind of data, after "such as"
        (f"{DEVICE} and app version.", f"{DEVICE}, app version, language and time zone.", True),
        (
            "We share data with service providers, including hosting and payment providers.",
            "We share data with service providers, including hosting, payment and email "
            "delivery providers.",
            True,
        ),
        # an example users should hear of: sensitive data, a new use or recipient
        (f"{DEVICE} and app version.", f"{DEVICE}, app version and installed apps.", False),
        (f"{DEVICE} and app version.", f"{DEVICE}, app version and precise location.", False),
        (
            "We share data with service providers, including hosting providers.",
            "We share data with service providers, including hosting providers and "
            "advertising partners.",
            False,
        ),
        # data that names or reaches the person ("first and last names", "your birthday"),
        # or a new use of it ("commercial messages")
        (
            "You may add information, such as a bio and favorite URLs.",
            "You may add information, such as your first and last names, your birthday, a bio "
            "and favorite URLs.",
            False,
        ),
        (
            "We use it to send you service-related messages, such as alerts and receipts.",
            "We use it to send you service-related messages, such as alerts, receipts or "
            "commercial messages.",
            False,
        ),
        # the same data named again in other words is nothing new
        (
            "We collect information such as your email and birth date when you provide it.",
            "We collect information such as your email address and date of birth when you "
            "provide it.",
            True,
        ),
        # words added outside a list of examples, or a number changed
        (f"{DEVICE} and app version.", f"{DEVICE} and app version, every time you log in.", False),
        (
            "We keep logs, such as access logs for 30 days.",
            "We keep logs, such as access logs for 90 days.",
            False,
        ),
        # no list of examples at all
        ("We collect your name.", "We collect your name and email address.", False),
        # words added to the exception after the list, not to the list
        (
            "We share no data that identifies you, such as your name, unless you agree.",
            "We share no data that identifies you, such as your name, unless you agree "
            "or it is hashed.",
            False,
        ),
    ],
)
def test_only_examples_added(old: str, new: str, examples: bool) -> None:
    assert _only_examples(old, new) is examples


def test_examples_added_to_a_list_of_data_are_not_material() -> None:
    kinds, material, direction = classify_pair(
        f"{DEVICE} and app version.", f"{DEVICE}, app version, language and time zone."
    )
    assert kinds == {"data-privacy"} and not material and direction == "neutral"


def test_a_sensitive_example_added_stays_material() -> None:
    kinds, material, _ = classify_pair(
        f"{DEVICE} and app version.", f"{DEVICE}, app version and precise location."
    )
    assert kinds == {"data-privacy"} and material


def _only_examples_removed(old: str, new: str) -> bool:
    (change,) = compare(f"1. {old}", f"1. {new}").changes
    return only_examples_removed(edits_of(change), RULES.example_openers)


@pytest.mark.parametrize(
    ("old", "new", "removed"),
    [
        # an aside of examples in brackets, or set off by commas
        (
            "You may not access the app by automated means (e.g., bots or scrapers).",
            "You may not access the app by automated means.",
            True,
        ),
        (
            "We may end your access to Live for any reason, for example if the feature "
            "closes, and you will lose your badges.",
            "We may end your access to Live for any reason, and you will lose your badges.",
            True,
        ),
        # a sentence that only gives an example
        (
            "We publish reports on how people use the app. For example, we may share "
            "how many people listened to a podcast. These reports hold no personal data.",
            "We publish reports on how people use the app. These reports hold no personal data.",
            True,
        ),
        # "including sometimes" taken out of "including sometimes in a portable format"
        # changes what the right gives: no aside
        (
            "You can get a copy of your data, including sometimes in a portable format.",
            "You can get a copy of your data in a portable format.",
            False,
        ),
        # an "example" with a rule of its own in it, a number, or words written in
        (
            "We may suspend accounts for other reasons (such as fraud; we will tell you why).",
            "We may suspend accounts for other reasons.",
            False,
        ),
        (
            "Prices may change (for example, by up to 10% a year).",
            "Prices may change.",
            False,
        ),
        (
            "You may not resell tickets (such as on other sites).",
            "You may not resell tickets on any site.",
            False,
        ),
    ],
)
def test_examples_taken_out(old: str, new: str, removed: bool) -> None:
    assert _only_examples_removed(old, new) is removed


def test_a_clause_that_only_loses_examples_is_editorial() -> None:
    kinds, material, _ = classify_pair(
        "You must not upload content that infringes someone else's rights (for example, "
        "music or films you have no licence for).",
        "You must not upload content that infringes someone else's rights.",
    )
    assert kinds == {"editorial"} and not material


@pytest.mark.parametrize(
    ("old", "new", "editorial"),
    [
        # an aside of examples in brackets reworded: the duty around it stands
        (
            "If you join a program that has Additional Terms (including our Contributor "
            "Program), you must also agree to those Additional Terms.",
            "If you join a program that has Additional Terms (e.g., Contributor Terms for our "
            "Contributor Program), you must also agree to those Additional Terms.",
            True,
        ),
        # "(including ...)" on both sides sets what the clause covers
        (
            "You will indemnify us against any claims (including reasonable legal fees).",
            "You will indemnify us against any claims (including legal fees).",
            False,
        ),
        # a sensitive example written in
        (
            "We collect device data (such as your device model) to improve the app.",
            "We collect device data (e.g., your precise location) to improve the app.",
            False,
        ),
    ],
)
def test_an_aside_of_examples_reworded(old: str, new: str, editorial: bool) -> None:
    kinds, material, _ = classify_pair(old, new)
    assert (kinds == {"editorial"} and not material) == editorial


def test_only_an_aside_of_examples_added_is_found_whole() -> None:
    def aside_only(old: str, new: str) -> bool:
        report = compare(f"Article 1 Terms\n\n1.1 {old}\n", f"Article 1 Terms\n\n1.1 {new}\n")
        return only_an_aside_of_examples_added(
            edits_of(report.changes[0]), RULES.sensitive_examples
        )

    old = "Do not circumvent these restrictions."
    assert aside_only(old, "Do not circumvent these restrictions (for example, by using a VPN).")
    # a number in it, or other words changed beside it
    assert not aside_only(
        old, "Do not circumvent these restrictions (for example, by posting 3 times)."
    )
    assert not aside_only(old, "Never circumvent these restrictions (for example, by using a VPN).")
