"""Evidence about time periods (tosdiff/periods.py). Every sentence is written by hand."""

from __future__ import annotations

import pytest

from tosdiff import compare
from tosdiff.edits import edits_of
from tosdiff.model import Evidence
from tosdiff.periods import (
    as_duration,
    cap_measure_evidence,
    compare_bounds,
    name_period,
    period_evidence,
    what_the_period_governs,
)
from tosdiff.ruleset import default_rules

RULES = default_rules()
PERIOD_RULE = RULES.by_id["period.duration"]


def _edits(old: str, new: str):  # type: ignore[no-untyped-def]
    (change,) = compare(f"1. {old}", f"1. {new}").changes
    return edits_of(change)


def _governed(old: str, new: str) -> set[str]:
    """Return the kinds a period changed from old to new takes from what it governs."""
    edits = _edits(old, new)
    evidence = period_evidence(PERIOD_RULE, edits)
    assert evidence, "no changed period"
    return {e.kind for e in what_the_period_governs(evidence, RULES, edits)}


def test_a_changed_period_is_evidence_with_both_values() -> None:
    edits = _edits("We give one month's notice.", "We give fifteen (15) days' notice.")
    (item,) = period_evidence(PERIOD_RULE, edits)
    assert item.old is not None and item.new is not None
    assert (item.old["value"], item.old["unit"]) == (1, "month")
    assert (item.new["value"], item.new["unit"]) == (15, "day")
    assert "shortened" in item.explanation


def test_immediately_in_place_of_a_period_is_a_period_of_none() -> None:
    edits = _edits(
        "We may suspend your account with 30 days' notice.",
        "We may suspend your account immediately.",
    )
    (item,) = period_evidence(PERIOD_RULE, edits)
    assert item.old is not None and item.new is not None
    assert (item.new["value"], item.new["text"]) == (0, "immediately")
    assert item.explanation == "Time period shortened from 30 days to immediately"
    # "without undue delay" is no number of days: it is no such period
    edits = _edits(
        "We will tell you within 72 hours of a breach.",
        "We will tell you without undue delay after a breach.",
    )
    assert all(e.new is None for e in period_evidence(PERIOD_RULE, edits))


def test_the_same_period_written_another_way_is_no_evidence() -> None:
    edits = _edits("Refunds within fourteen days.", "Refunds within fourteen (14) days.")
    assert period_evidence(PERIOD_RULE, edits) == []


def test_a_least_turned_into_a_most_is_a_changed_period() -> None:
    edits = _edits(
        "We will give you at least 15 days' notice of changes.",
        "We will give you up to 15 days' notice of changes.",
    )
    (item,) = period_evidence(PERIOD_RULE, edits)
    assert item.old is not None and item.new is not None
    assert (item.old["bound"], item.new["bound"]) == ("at least", "up to")
    assert item.explanation == "Time period changed from at least 15 days to up to 15 days"
    # a bound written another way changes nothing
    edits = _edits("Reply within 15 days.", "Reply no later than 15 days from now.")
    assert period_evidence(PERIOD_RULE, edits) == []


def test_an_estimate_made_a_least_is_a_changed_period() -> None:
    edits = _edits(
        "We aim to answer appeals in approximately 10 business days.",
        "We aim to answer appeals in at least 10 business days.",
    )
    (item,) = period_evidence(PERIOD_RULE, edits)
    assert item.old is not None and item.new is not None
    assert (item.old["bound"], item.new["bound"]) == ("approximately", "at least")
    assert compare_bounds("at least", "approximately") == "shortened"
    assert compare_bounds("approximately", "within") == "unchanged"


def test_a_word_put_into_a_period_changes_that_period() -> None:
    edits = _edits(
        "Your earnings are sent to your bank within 3 days of the sale.",
        "Your earnings are sent to your bank within 3 business days of the sale.",
    )
    (item,) = period_evidence(PERIOD_RULE, edits)
    assert item.old is not None and item.new is not None
    assert (item.old["text"], item.new["text"]) == ("3 days", "3 business days")
    # and taken out of it
    edits = _edits("Appeal within 10 working days.", "Appeal within 10 days.")
    (item,) = period_evidence(PERIOD_RULE, edits)
    assert item.old is not None and item.new is not None
    assert item.explanation.startswith("Time period shortened")


def test_a_new_period_equal_to_one_already_there_is_still_new() -> None:
    edits = _edits(
        "Strikes expire after 90 days. You get a warning first.",
        "Strikes expire after 90 days. You get a warning first, which expires after 90 days.",
    )
    (item,) = period_evidence(PERIOD_RULE, edits)
    assert item.old is None and item.new is not None and item.new["value"] == 90


def test_the_months_of_fees_a_liability_cap_is_worth_are_no_period() -> None:
    edits = _edits(
        "Our liability will not exceed the fees you paid in the twelve (12) months "
        "preceding the claim.",
        "Our liability will not exceed the fees you paid in the three (3) months "
        "preceding the claim.",
    )
    assert period_evidence(PERIOD_RULE, edits) == []
    (item,) = cap_measure_evidence(RULES.by_id["liability.cap-measure"], edits)
    assert item.kind == "liability" and "shortened" in item.explanation
    assert item.old is not None and item.new is not None
    assert (item.old["value"], item.new["value"]) == (12, 3)


@pytest.mark.parametrize(
    "cap",
    [
        # the amount is named long before its period ("the amount that you have paid to
        # us for ... to which the claim relates in the 6 months immediately preceding ...")
        "Our total aggregate liability will be limited to the amount that you have paid to "
        "us for your use of the specific service or software to which the claim relates in "
        "the 6 months immediately preceding the date of the most recent claim.",
        # or counted back from when the liability arose
        "Our liability for damages related to the use of the Services will not exceed the "
        "amount paid by you, if any, for the Services within TWELVE (12) MONTHS prior to "
        "when the alleged liability arose.",
    ],
)
def test_months_counted_back_from_a_claim_far_from_the_amount_are_no_period(cap: str) -> None:
    (change,) = compare(
        f"1. Liability\n\n1.1 {cap}\n\n1.2 Other terms.", "1. Liability\n\n1.2 Other terms."
    ).changes
    assert change.kinds == ["liability"]


def test_fees_refunded_for_a_period_are_still_a_period() -> None:
    edits = _edits(
        "We refund the fees you paid in the last 14 days.",
        "We refund the fees you paid in the last 30 days.",
    )
    (item,) = period_evidence(PERIOD_RULE, edits)
    assert item.old is not None and item.new is not None
    assert cap_measure_evidence(RULES.by_id["liability.cap-measure"], edits) == []


def test_a_period_is_named_by_its_sentence() -> None:
    edits = _edits("We give one month's notice of changes.", "We give 15 days' notice of changes.")
    (item,) = period_evidence(PERIOD_RULE, edits)
    assert name_period(item, RULES, edits).explanation.startswith("Advance notice shortened")


def test_a_period_takes_the_kind_of_what_it_governs() -> None:
    kinds = _governed(
        "If a fee stays unpaid for 30 days, we may suspend your account.",
        "If a fee stays unpaid for 15 days, we may suspend your account.",
    )
    assert {"termination", "fees"} <= kinds


def test_a_deadline_to_pay_or_buy_is_no_price() -> None:
    # the act of paying or buying is not what it costs: the period is a deadline
    for old, new in [
        ("You must pay each invoice within 30 days.", "You must pay each invoice within 14 days."),
        (
            "You may cancel a purchase within 14 days.",
            "You may cancel a purchase within 30 days.",
        ),
    ]:
        assert "fees" not in _governed(old, new)


def test_a_period_in_an_item_of_a_list_governs_what_the_lead_in_says() -> None:
    # the item names no kind; the sentence's lead-in, before its colon, does
    edits = _edits(
        "Parkly may suspend or close your account if: (a) you break these Terms; or (b) "
        "you have not signed in for two years.",
        "Parkly may suspend or close your account if: (a) you break these Terms; or (b) "
        "you have not signed in for one year.",
    )
    evidence = period_evidence(PERIOD_RULE, edits)
    kinds = {e.kind for e in what_the_period_governs(evidence, RULES, edits)}
    assert kinds == {"termination"}


def test_a_period_in_a_paragraph_on_personal_data_is_about_personal_data() -> None:
    # the period's own sentence names no kind; the paragraph is about personal data
    paragraph = (
        "You can ask for a copy of the personal data we hold about you. We will verify "
        "your identity and send your personal data to you. If we refuse, you may ask us "
        "to look again within {} days."
    )
    edits = _edits(paragraph.format(60), paragraph.format(20))
    evidence = period_evidence(PERIOD_RULE, edits)
    assert {e.kind for e in what_the_period_governs(evidence, RULES, edits)} == {"data-privacy"}
    # but one mention of it in a paragraph on something else is no such paragraph
    other = (
        "Gift cards can be used in our stores. We keep your email address to send the "
        "card. Unused cards expire after {} months."
    )
    edits = _edits(other.format(24), other.format(12))
    evidence = period_evidence(PERIOD_RULE, edits)
    assert "data-privacy" not in {e.kind for e in what_the_period_governs(evidence, RULES, edits)}


def test_a_period_under_a_heading_on_personal_data_is_about_personal_data() -> None:
    # a row of a retention table names no kind; its heading or lead-in does
    row = "| Market research | Responses to a survey | {} months | To run our research. |"
    edits = _edits(row.format(13), row.format(36))
    evidence = period_evidence(PERIOD_RULE, edits)
    assert "data-privacy" not in {e.kind for e in what_the_period_governs(evidence, RULES, edits)}
    setting = "How long we retain your personal information"
    found = what_the_period_governs(evidence, RULES, edits, setting)
    assert {e.kind for e in found} == {"data-privacy"}
    # a heading on something else gives no such kind
    found = what_the_period_governs(evidence, RULES, edits, "Research panels")
    assert "data-privacy" not in {e.kind for e in found}


def test_a_ban_that_runs_for_a_shorter_period_is_relaxed() -> None:
    # a duty given more time is relaxed; so is a ban that lasts less time
    for old, new, kind in (
        (
            "You must report a loss within 2 days.",
            "You must report a loss within 5 days.",
            "obligation-relaxed",
        ),
        (
            "You must report a loss within 5 days.",
            "You must report a loss within 2 days.",
            "new-obligation",
        ),
        (
            "For 24 months after you leave, you agree not to hire our staff.",
            "For 12 months after you leave, you agree not to hire our staff.",
            "obligation-relaxed",
        ),
        # a duty met ahead of an event, or kept up for a time, is stricter longer
        (
            "You must send the names at least 14 days before departure.",
            "You must send the names at least 30 days before departure.",
            "new-obligation",
        ),
        (
            "You must keep the records for 24 months.",
            "You must keep the records for 12 months.",
            "obligation-relaxed",
        ),
        (
            "For 12 months after you leave, you may not hire our staff.",
            "For 24 months after you leave, you may not hire our staff.",
            "new-obligation",
        ),
    ):
        edits = _edits(old, new)
        evidence = period_evidence(PERIOD_RULE, edits)
        kinds = {e.kind for e in what_the_period_governs(evidence, RULES, edits)}
        assert kind in kinds, (old, kinds)


def test_advance_notice_of_changes_to_the_terms_is_also_an_amendment() -> None:
    edits = _edits(
        "If we change this Agreement, we'll give you at least 15 days' notice before the "
        "changes take effect.",
        "If we change this Agreement, we'll give you at least 30 days' notice before the "
        "changes take effect.",
    )
    evidence = period_evidence(PERIOD_RULE, edits)
    assert "amendment" in {e.kind for e in what_the_period_governs(evidence, RULES, edits)}
    # notice of a change of the service is no amendment of the agreement
    edits = _edits(
        "We may change the Rate Limits with 30 days' notice.",
        "We may change the Rate Limits with 7 days' notice.",
    )
    evidence = period_evidence(PERIOD_RULE, edits)
    assert "amendment" not in {e.kind for e in what_the_period_governs(evidence, RULES, edits)}


def test_as_duration_reads_the_json_form_back() -> None:
    data = {"value": 2, "unit": "week", "text": "2 weeks"}
    item = Evidence("notice-period", "period.duration", "both", old=data)
    assert item.old is not None
    period = as_duration(item.old)
    assert (period.value, period.unit, period.text) == (2, "week", "2 weeks")


def test_words_about_a_deadline_around_the_same_period_change_no_period() -> None:
    from tosdiff import compare

    report = compare(
        "Article 1 Billing\n\n1.1 You must raise any billing dispute no later than sixty (60) "
        "days after the date of the invoice.\n",
        "Article 1 Billing\n\n1.1 You must raise any billing dispute within 60 days of the "
        "date of the invoice.\n",
    )
    (change,) = report.changes
    assert "notice-period" not in change.kinds


def test_a_period_counted_from_termination_does_not_govern_termination() -> None:
    from tosdiff import compare

    report = compare(
        "Article 1 Confidentiality\n\n1.1 Your confidentiality obligations continue for "
        "two (2) years after termination of this Agreement.\n",
        "Article 1 Confidentiality\n\n1.1 Your confidentiality obligations continue for "
        "five (5) years after termination of this Agreement.\n",
    )
    (change,) = report.changes
    assert "notice-period" in change.kinds and "termination" not in change.kinds


def test_a_period_counted_from_closing_the_account_governs_the_data_not_the_closure() -> None:
    for opening in ("After you close your account,", "Once we suspend an account,"):
        (change,) = compare(
            f"1. {opening} we keep your data for 30 days.",
            f"1. {opening} we keep your data for 90 days.",
        ).changes
        assert "termination" not in change.kinds, opening
        assert {"notice-period", "data-privacy"} <= set(change.kinds)


def test_a_period_governs_only_what_its_rule_requires() -> None:
    from tosdiff import compare

    report = compare(
        "Article 1 Support\n\n1.1 We will use commercially reasonable efforts to respond to "
        "support requests within one (1) business day.\n",
        "Article 1 Support\n\n1.1 We will use commercially reasonable efforts to respond to "
        "support requests within two (2) business days.\n",
    )
    (change,) = report.changes
    # the efforts are ours: no duty of the user is loosened
    assert change.kinds == ["notice-period"]


def test_notice_to_cancel_the_service_is_a_termination_period() -> None:
    from tosdiff import compare

    report = compare(
        "Article 1 Cancelling\n\n1.1 You may cancel your Service at any time by calling us, "
        "and your Service will end on the date of your request.\n",
        "Article 1 Cancelling\n\n1.1 You may cancel your Service by calling us and giving us "
        "at least thirty (30) days' notice, and your Service will end at the end of that "
        "notice period.\n",
    )
    (change,) = report.changes
    assert {"notice-period", "termination"} <= set(change.kinds)


def test_must_be_names_no_one_whose_duty_a_period_governs() -> None:
    # "must be redeemed within" is the deadline itself, not a duty put on the user
    kinds = _governed(
        "Gift codes must be redeemed within 12 months of purchase.",
        "Gift codes must be redeemed within 6 months of purchase.",
    )
    assert not kinds & {"new-obligation", "obligation-relaxed"}
    # a duty that names the user still takes the period's kind
    assert "new-obligation" in _governed(
        "You must report an unauthorised payment within 60 days.",
        "You must report an unauthorised payment within 30 days.",
    )
