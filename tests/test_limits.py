"""Limits on what a user may do (tosdiff/limits.py): found, paired, and judged."""

from __future__ import annotations

import pytest
from test_classify import classify_pair

from tosdiff import compare
from tosdiff.edits import edits_of
from tosdiff.limits import count_replaced, find_limits


@pytest.mark.parametrize(
    ("text", "bound", "value", "ceiling"),
    [
        ("You may not have more than 2 accounts.", "more than", 2, True),
        ("Transfers exceeding £2,000 in a day need verification.", "exceeding", 2000, True),
        ("Upload up to 5 files at once.", "up to", 5, True),
        ("Passwords must have at least 12 characters.", "at least", 12, False),
        ("Sellers must keep a minimum of 3 items in stock.", "minimum of", 3, False),
        # time a day is an allowance, not a period
        ("Drivers may drive no more than 10 hours per day.", "no more than", 10, True),
        # an age below which no one may join: a floor users must reach
        ("No one under 13 is allowed to use the Services.", "under", 13, False),
        ("Children under the age of 16 may not open an account.", "under", 16, False),
        # and one the user must have reached, written after the number
        ("You affirm that you are 16 years or older.", "at least", 16, False),
        ("Members must be 18 years of age or over.", "at least", 18, False),
        # a ceiling said with a modal, whichever
        ("Cabin bags must not exceed 8 kg.", "not exceed", 8, True),
        ("A listing cannot exceed 20 photos.", "not exceed", 20, True),
    ],
)
def test_a_limit_is_found_with_its_bound(
    text: str, bound: str, value: float, ceiling: bool
) -> None:
    (limit,) = find_limits(text)
    assert (limit.bound, limit.value, limit.ceiling) == (bound, value, ceiling)


def test_a_period_is_no_limit() -> None:
    assert find_limits("Accounts inactive for more than 30 days are closed.") == []


def test_an_amount_a_claim_does_not_exceed_is_no_limit() -> None:
    # a condition on the claim, not a ceiling set for the user
    assert find_limits("We pay the fees if your claim does not exceed $10,000.") == []


@pytest.mark.parametrize(
    ("old", "new", "kind"),
    [
        # a ceiling raised: the user may do more
        (
            "You may not have more than 2 accounts.",
            "You may not have more than 5 accounts.",
            "obligation-relaxed",
        ),
        # a ceiling lowered: the user may do less
        (
            "You may not have more than 5 accounts.",
            "You may not have more than 2 accounts.",
            "new-obligation",
        ),
        # a floor raised: the user must do more
        (
            "Your password must have at least 8 characters.",
            "Your password must have at least 12 characters.",
            "new-obligation",
        ),
        # a limit on what the user posts, written of the post
        (
            "Each post may contain no more than 280 characters.",
            "Each post may contain no more than 500 characters.",
            "obligation-relaxed",
        ),
        # what a passenger may bring, said of the bags
        (
            "Checked luggage must not exceed 23 kg per bag.",
            "Checked luggage must not exceed 20 kg per bag.",
            "new-obligation",
        ),
        # a minimum age raised: fewer people may use the service (an age is no period)
        (
            "You must be at least 13 years old to create an account.",
            "You must be at least 16 years old to create an account.",
            "new-obligation",
        ),
    ],
)
def test_a_changed_limit_on_the_user(old: str, new: str, kind: str) -> None:
    report = compare(f"Article 1 Terms\n\n1.1 {old}\n", f"Article 1 Terms\n\n1.1 {new}\n")
    (change,) = report.changes
    assert kind in change.kinds and change.material


def test_a_limit_on_the_platform_is_not_the_users() -> None:
    old = "Our liability shall not exceed more than 100 dollars in total."
    report = compare(
        f"Article 1 Terms\n\n1.1 {old}\n", f"Article 1 Terms\n\n1.1 {old.replace('100', '50')}\n"
    )
    (change,) = report.changes
    assert not {"new-obligation", "obligation-relaxed"} & set(change.kinds)


def test_the_explanation_gives_the_old_and_new_limit() -> None:
    old = "You may not have more than 2 accounts."
    report = compare(
        f"Article 1 Terms\n\n1.1 {old}\n", f"Article 1 Terms\n\n1.1 {old.replace('2', '5')}\n"
    )
    assert "more than 2 accounts → more than 5 accounts" in report.changes[0].explanation


def test_a_duty_restated_with_another_number_is_no_rewording() -> None:
    report = compare(
        "Article 1 Terms\n\n1.1 Users under 13 may not register.\n",
        "Article 1 Terms\n\n1.1 Users under 18 may not register.\n",
    )
    (change,) = report.changes
    assert change.material and "editorial" not in change.kinds


def test_a_minimum_age_to_use_the_service_at_all_is_a_limit_on_the_user() -> None:
    kinds, material, direction = classify_pair(
        "You may use the Services only if you are at least 13 years old.",
        "You may use the Services only if you are at least 16 years old.",
    )
    assert kinds == {"new-obligation"} and material and direction == "adverse"


@pytest.mark.parametrize(
    ("old", "new", "counted"),
    [
        # the number of things a plan gives, or a threshold, changed
        (
            "With Premium, you can listen on up to 5 different devices.",
            "With Premium, you can listen on up to 3 different devices.",
            True,
        ),
        (
            "If twenty-five (25) or more claimants file similar claims, they are batched.",
            "If ten (10) or more claimants file similar claims, they are batched.",
            True,
        ),
        # a reference, a year, a phone number, a house number or a period: no count
        (
            "as described in Section 7.4 of these terms",
            "as described in Section 8.4 of these terms",
            False,
        ),
        (
            "Copyright 2023 Acme, all rights reserved",
            "Copyright 2024 Acme, all rights reserved",
            False,
        ),
        ("Call us on 555 1234 today.", "Call us on 555 9876 today.", False),
        (
            "Write to us at 12 Main Street, Springfield.",
            "Write to us at 14 Main Street, Springfield.",
            False,
        ),
        ("Refunds are issued within 30 days.", "Refunds are issued within 14 days.", False),
        # an age is counted, unlike a period
        (
            "b. you are less than 13 years of age; or",
            "b. you are less than 14 years of age; or",
            True,
        ),
        # hours a day are counted, unlike a period
        (
            "Free accounts can stream for 4 hours a day.",
            "Free accounts can stream for 2 hours a day.",
            True,
        ),
        # a number and other words changed: no count alone
        ("You may invite 5 guests.", "You may invite 3 adult guests.", False),
    ],
)
def test_a_count_replaced(old: str, new: str, counted: bool) -> None:
    report = compare(f"Article 1 Terms\n\n1.1 {old}\n", f"Article 1 Terms\n\n1.1 {new}\n")
    (change,) = report.changes
    assert count_replaced(edits_of(change)) is counted


def test_a_count_no_rule_names_is_material() -> None:
    kinds, material, _ = classify_pair(
        "With Premium, you can download songs on each of up to 5 different devices.",
        "With Premium, you can download songs on each of up to 3 different devices.",
    )
    assert kinds == {"other"} and material


def test_under_a_number_of_days_is_no_age() -> None:
    assert find_limits("Users under 30 days into their membership may not post links.") == []


@pytest.mark.parametrize(
    ("old", "new", "direction"),
    [
        # a share the user receives, in digits or in words with the figure in brackets
        (
            "The instructor receives 37% of the net amount of each sale.",
            "The instructor receives 50% of the net amount of each sale.",
            "favourable",
        ),
        (
            "You will receive fifty-five percent (55%) of the Net Revenue from ads.",
            "You will receive forty-five percent (45%) of the Net Revenue from ads.",
            "adverse",
        ),
    ],
)
def test_a_percentage_changed_is_material(old: str, new: str, direction: str) -> None:
    _, material, found = classify_pair(old, new)
    assert material and found == direction
