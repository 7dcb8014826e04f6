"""Duties of the user added and loosened in one edit, weighed against each other
(tosdiff/duties.py). Every case is written by hand."""

from __future__ import annotations

import pytest
from test_classify import classify_pair

from tosdiff.duties import weigh_duties
from tosdiff.model import Evidence
from tosdiff.ruleset import default_rules

RULES = default_rules().by_id


def evidence(kind: str, rule: str, side: str, match: str) -> Evidence:
    return Evidence(kind, rule, side, match, "")


@pytest.mark.parametrize(
    ("written", "old", "new"),
    [
        (
            "You must not",
            "1.1 Users shall not use bots to access the Service.",
            "1.1 You must not use bots to access the Service.",
        ),
        # "shall refrain from" forbids, as "Do not" does
        (
            "Do not",
            "Users shall refrain from sending chain letters or spam by means of the Service.",
            "Do not use the Service to send chain letters or spam.",
        ),
    ],
)
def test_one_duty_in_other_words_is_neither_added_nor_loosened(
    written: str, old: str, new: str
) -> None:
    found = [
        evidence("new-obligation", "obligation.user-duty", "inserted", written),
        evidence("obligation-relaxed", "obligation.duty-removed", "deleted", "Users shall"),
    ]
    assert weigh_duties(found, RULES, old, new) == []


def test_shall_written_will_keeps_the_duty() -> None:
    kinds, material, _ = classify_pair(
        "Customer shall indemnify, defend and hold harmless HostPeak from any claims "
        "arising out of Customer's use of the Services.",
        "You will indemnify, defend and hold harmless HostPeak from any claims arising out "
        "of your use of the Services.",
    )
    assert (kinds, material) == ({"editorial"}, False)
    # but another verb after "will" is another duty, or none
    struck = [evidence("obligation-relaxed", "obligation.duty-removed", "deleted", "You shall")]
    old = "1.1 You shall keep your password secret."
    new = "1.1 You will receive a new password by email."
    assert weigh_duties(struck, RULES, old, new) == struck


def test_a_ban_restated_as_not_permitted_is_editorial() -> None:
    # "permitted" is read as its synonym "allowed"; the ban's own words still cancel out
    kinds, material, _ = classify_pair(
        "You may not resell tickets bought on the Site.",
        "Reselling tickets bought on the Site is not permitted.",
    )
    assert (kinds, material) == ({"editorial"}, False)


def test_a_duty_written_where_another_is_struck_is_a_new_duty() -> None:
    # the user takes on one duty and is spared another: the notice is about the new one
    kinds, material, direction = classify_pair(
        "You must keep a copy of your receipts. You agree to report any lost card to us.",
        "You must keep a copy of your receipts. You must verify your identity before each "
        "withdrawal.",
    )
    assert (kinds, material, direction) == ({"new-obligation"}, True, "adverse")
    # but a duty moved from one party to another relieves the first
    kinds, _, _ = classify_pair(
        "Sellers shall refund buyers within 10 days.", "Buyers must refund sellers within 10 days."
    )
    assert kinds == {"new-obligation", "obligation-relaxed"}


def test_a_duty_owed_by_someone_else_is_another_duty() -> None:
    found = [
        evidence("new-obligation", "obligation.user-duty", "inserted", "Buyers must"),
        evidence("obligation-relaxed", "obligation.duty-removed", "deleted", "Sellers shall"),
    ]
    old = "1.1 Sellers shall refund buyers within 10 days."
    new = "1.1 Buyers must refund sellers within 10 days."
    assert weigh_duties(found, RULES, old, new) == found


@pytest.mark.parametrize(
    ("old", "new", "kinds", "material"),
    [
        # one duty in other words: nothing added, nothing loosened
        (
            "Users shall not utilise bots, scrapers or other automated means to access the "
            "Service or to collect data from it.",
            "You must not use any bots, scrapers or other automated means to access the "
            "Service or collect data from it.",
            {"editorial"},
            False,
        ),
        # a prohibition turned into a permission with its condition
        (
            "You may not use nicknames or pseudonyms on the Services.",
            "You may use a nickname or pseudonym on the Services, as long as it does not "
            "impersonate someone else.",
            {"obligation-relaxed"},
            True,
        ),
        # a prohibition narrowed: what is forbidden is qualified
        (
            "You may not post links to external websites.",
            "You may not post links to external websites that contain malware or phishing pages.",
            {"obligation-relaxed"},
            True,
        ),
        # and one widened by another thing forbidden
        (
            "You may not post links to external websites.",
            "You may not post links to external websites or advertisements for other services.",
            {"new-obligation"},
            True,
        ),
        # an exception that is part of a new prohibition
        (
            "You must not post Content that is unlawful, defamatory or harassing.",
            "You must not post Content that is unlawful, defamatory or harassing, or that "
            "has been generated or materially altered using automated tools unless such "
            "Content is clearly labelled as such.",
            {"new-obligation"},
            True,
        ),
    ],
)
def test_duties_added_and_loosened_in_one_edit_are_weighed(
    old: str, new: str, kinds: set[str], material: bool
) -> None:
    found, is_material, _ = classify_pair(old, new)
    assert found == kinds and is_material == material


def test_a_duty_restated_with_more_to_do_is_no_rewording() -> None:
    kinds, material, _ = classify_pair(
        "Users must keep their passwords secret.",
        "You must keep your passwords and recovery codes secret.",
    )
    assert material and "editorial" not in kinds


def test_exceptions_made_to_a_rule_loosen_it() -> None:
    kinds, material, direction = classify_pair(
        "We don't allow nudity in any content on the platform.",
        "We don't allow nudity on the platform. We make exceptions for breastfeeding and "
        "medical content.",
    )
    assert kinds == {"obligation-relaxed"} and material and direction == "favourable"
