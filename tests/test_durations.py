"""Tests for tosdiff.durations: finding and comparing time periods in legal text."""

from __future__ import annotations

import pytest

from tosdiff.durations import (
    Duration,
    compare_durations,
    describe_change,
    find_durations,
    number_value,
)

W = "working"
C = "calendar"

# (sentence, expected (value, unit, day_type, bound) of the first duration, or None
# when the sentence states no duration at all)
CASES: list[tuple[str, tuple[float, str, str | None, str | None] | None]] = [
    # digits
    ("You may cancel within 30 days of purchase.", (30, "day", None, "within")),
    ("We will respond to your request within 48 hours.", (48, "hour", None, "within")),
    (
        "Refunds are processed within 72 hours of approval.",
        (72, "hour", None, "within"),
    ),
    ("Payment is due 1 working day after the invoice date.", (1, "day", W, "after")),
    ("The Supplier shall deliver within 3 working days.", (3, "day", W, "within")),
    ("Claims must be submitted within 10 business days.", (10, "day", W, "within")),
    ("This Agreement remains in force for 3.5 years.", (3.5, "year", None, "for")),
    ("Invoices are payable 90 days from receipt.", (90, "day", None, None)),
    ("You have 14 days to withdraw from the contract.", (14, "day", None, None)),
    ("The free trial lasts 6 months.", (6, "month", None, None)),
    ("Backups are retained for 7 days.", (7, "day", None, "for")),
    ("Access logs are kept for 24 hours only.", (24, "hour", None, "for")),
    (
        "The session expires after 15 minutes of inactivity.",
        (15, "minute", None, "after"),
    ),
    ("Data is deleted 180 days after account closure.", (180, "day", None, "after")),
    ("The warranty period is 2 years from delivery.", (2, "year", None, None)),
    ("Priority tickets are answered within 1 hour.", (1, "hour", None, "within")),
    ("The initial term is 36 months.", (36, "month", None, None)),
    ("We may suspend your access for 5 days.", (5, "day", None, "for")),
    ("Service credits expire 12 months after issue.", (12, "month", None, "after")),
    ("A grace period of 10 days applies to late payments.", (10, "day", None, None)),
    (
        "The licence covers up to 1,000 hours of processing.",
        (1000, "hour", None, "up to"),
    ),
    (
        "Sessions are limited to a maximum of 30 mins.",
        (30, "minute", None, "no more than"),
    ),
    ("Response time is 4 hrs for critical incidents.", (4, "hour", None, None)),
    ("The minimum commitment is 2 yrs.", (2, "year", None, None)),
    # an amount added to another ("two further months")
    (
        "We may extend this by up to two further months if your request is complex.",
        (2, "month", None, "up to"),
    ),
    ("Storage is free for 30 additional days.", (30, "day", None, "for")),
    ("You may keep the trial running two more weeks.", (2, "week", None, None)),
    # number words
    ("Either party may terminate on one month's notice.", (1, "month", None, None)),
    ("The cooling-off period is fifteen days.", (15, "day", None, None)),
    ("The minimum term is twelve months.", (12, "month", None, None)),
    ("Payment is due within thirty days of invoice.", (30, "day", None, "within")),
    ("We will give you two weeks' notice of any change.", (2, "week", None, None)),
    (
        "Outages lasting more than twenty-four hours qualify.",
        (24, "hour", None, "more than"),
    ),
    ("The discount applies for a month after sign-up.", (1, "month", None, "for")),
    ("The licence is granted for a year.", (1, "year", None, "for")),
    ("Refund requests are reviewed within an hour.", (1, "hour", None, "within")),
    ("The Provider will retain the data for one (1) year.", (1, "year", None, "for")),
    ("The price is fixed for two years.", (2, "year", None, "for")),
    (
        "We will notify you at least seven days before the change.",
        (7, "day", None, "at least"),
    ),
    (
        "Inactive accounts are closed after eighteen months.",
        (18, "month", None, "after"),
    ),
    ("The pilot runs for ninety days.", (90, "day", None, "for")),
    (
        "A fee applies if you cancel less than forty-eight hours before the booking.",
        (48, "hour", None, "less than"),
    ),
    ("Customer records are held for ten years.", (10, "year", None, "for")),
    ("The offer stays open for fourteen days.", (14, "day", None, "for")),
    (
        "The audit must be completed within one hundred and twenty days.",
        (120, "day", None, "within"),
    ),
    (
        "The deposit is forfeited if not claimed within six months.",
        (6, "month", None, "within"),
    ),
    ("The warranty covers half a year of normal use.", (0.5, "year", None, None)),
    ("Standard delivery takes one and a half days.", (1.5, "day", None, None)),
    (
        "Maintenance lasts no longer than half an hour.",
        (0.5, "hour", None, "no more than"),
    ),
    (
        "Your data is retained for five years after termination.",
        (5, "year", None, "for"),
    ),
    ("Twenty days is the standard notice period.", (20, "day", None, None)),
    # word + digits in parentheses
    (
        "You may cancel within fifteen (15) days of renewal.",
        (15, "day", None, "within"),
    ),
    (
        "Invoices are payable within thirty (30) calendar days.",
        (30, "day", C, "within"),
    ),
    (
        "Either party may terminate on sixty (60) days' written notice.",
        (60, "day", None, None),
    ),
    ("The term of this Agreement is one (1) year.", (1, "year", None, None)),
    (
        "Licensee shall give ninety (90) days' prior written notice.",
        (90, "day", None, "prior"),
    ),
    (
        "Disputes must be raised within twenty (20) Business Days.",
        (20, "day", W, "within"),
    ),
    (
        "The Company may extend the term by twelve (12) months.",
        (12, "month", None, None),
    ),
    ("Fees are refundable for seven (7) days.", (7, "day", None, "for")),
    (
        "Notice shall be given not less than thirty (30) days prior to renewal.",
        (30, "day", None, "at least"),
    ),
    (
        "The Supplier will retain records for a period of six (6) years.",
        (6, "year", None, "for"),
    ),
    (
        "Customer must pay within forty-five (45) days of invoice.",
        (45, "day", None, "within"),
    ),
    (
        "We will provide 30 (thirty) days' notice of price increases.",
        (30, "day", None, None),
    ),
    (
        "Confidentiality survives for three (3) years after termination.",
        (3, "year", None, "for"),
    ),
    (
        "Either party may terminate with two (2) months' notice.",
        (2, "month", None, None),
    ),
    (
        "Payment is due within one hundred and eighty (180) days.",
        (180, "day", None, "within"),
    ),
    ("Refunds are paid within ten (10) working days.", (10, "day", W, "within")),
    # hyphenated adjectives
    ("New customers receive a 30-day free trial.", (30, "day", None, None)),
    ("The plan includes a thirty-day money-back guarantee.", (30, "day", None, None)),
    ("Subscriptions are sold on a 12-month term.", (12, "month", None, None)),
    ("We offer a two-week onboarding period.", (2, "week", None, None)),
    ("Critical issues receive a 24-hour response.", (24, "hour", None, None)),
    ("A 90-day notice period applies to termination.", (90, "day", None, None)),
    ("The device carries a one-year limited warranty.", (1, "year", None, None)),
    ("Refunds follow a 14-day cooling-off period.", (14, "day", None, None)),
    ("Customers get a twenty-four-hour grace period.", (24, "hour", None, None)),
    ("We run a 6-month pilot programme.", (6, "month", None, None)),
    ("The contract has a three-year minimum term.", (3, "year", None, None)),
    ("You will receive a 7-calendar-day warning.", (7, "day", C, None)),
    ("A 48-hour cooling-off period applies.", (48, "hour", None, None)),
    ("The parties agree to a sixty (60)-day cure period.", (60, "day", None, None)),
    ("A five-business-day review period applies.", (5, "day", W, None)),
    # fortnight
    ("We will reply within a fortnight.", (2, "week", None, "within")),
    (
        "The rota is published one fortnight in advance.",
        (2, "week", None, "in advance"),
    ),
    (
        "Timesheets are due within a fortnight of month end.",
        (2, "week", None, "within"),
    ),
    ("The notice period is a fortnight.", (2, "week", None, None)),
    ("Allow two fortnights for delivery.", (4, "week", None, None)),
    # qualifiers
    ("Complaints are answered within five working days.", (5, "day", W, "within")),
    ("Refunds are issued within 10 Business Days.", (10, "day", W, "within")),
    ("The payment is due within 14 calendar days.", (14, "day", C, "within")),
    (
        "An account is dormant after twelve consecutive months of inactivity.",
        (12, "month", None, "after"),
    ),
    (
        "Notice must be served three clear days before the meeting.",
        (3, "day", None, "before"),
    ),
    ("Interest accrues if payment is late by 30 full days.", (30, "day", None, None)),
    (
        "The Bank will credit your account within two banking days.",
        (2, "day", W, "within"),
    ),
    ("The suspension lasts six consecutive calendar months.", (6, "month", C, None)),
    ("Repairs are completed within 48 business hours.", (48, "hour", W, "within")),
    ("Payment is due within one calendar month.", (1, "month", C, "within")),
    ("The licence lasts a calendar year.", (1, "year", C, None)),
    (
        "The review takes place after 24 successive months.",
        (24, "month", None, "after"),
    ),
    # bounds before the period
    (
        "Objections must be raised no later than 10 days after publication.",
        (10, "day", None, "no later than"),
    ),
    ("We will give not less than 30 days' notice.", (30, "day", None, "at least")),
    ("Refunds may take up to 14 days.", (14, "day", None, "up to")),
    ("Delivery usually takes about 5 days.", (5, "day", None, "approximately")),
    (
        "Changes take effect no sooner than 30 days after we post them.",
        (30, "day", None, "no earlier than"),
    ),
    ("Reviews take roughly two weeks.", (2, "week", None, "approximately")),
    ("Holds of no more than 72 hours may apply.", (72, "hour", None, "no more than")),
    (
        "Accounts inactive for more than 2 years may be deleted.",
        (2, "year", None, "more than"),
    ),
    ("Trials shorter than 7 days are free.", (7, "day", None, "less than")),
    (
        "The Licensee may use the software for a period of 6 months.",
        (6, "month", None, "for"),
    ),
    ("Options vest after 2 years of service.", (2, "year", None, "after")),
    (
        "Retention is limited to a maximum of 90 days.",
        (90, "day", None, "no more than"),
    ),
    ("The deposit is held for a minimum of 3 months.", (3, "month", None, "at least")),
    (
        "Disputes must be notified within a period of sixty (60) days.",
        (60, "day", None, "within"),
    ),
    (
        "Downtime exceeding 4 hours triggers a service credit.",
        (4, "hour", None, "more than"),
    ),
    (
        "Notices take effect not later than five business days after posting.",
        (5, "day", W, "no later than"),
    ),
    (
        "Termination takes effect no earlier than 3 months after notice.",
        (3, "month", None, "no earlier than"),
    ),
    (
        "Cancellations made fewer than 24 hours before departure are not refunded.",
        (24, "hour", None, "less than"),
    ),
    (
        "Suspensions of over 30 days entitle you to a refund.",
        (30, "day", None, "more than"),
    ),
    ("Prices will not rise during the first 12 months.", (12, "month", None, "for")),
    ("Usage reports are delivered every 3 months.", (3, "month", None, "every")),
    ("Payments continue for at least 24 months.", (24, "month", None, "at least")),
    ("Delivery should take less than a week.", (1, "week", None, "less than")),
    ("The offer is valid for an additional 30 days.", (30, "day", None, "for")),
    ("We may hold funds in excess of 180 days.", (180, "day", None, "more than")),
    ("Individual sessions are capped at 8 hours.", (8, "hour", None, None)),
    (
        "Support will be provided within the next 2 business days.",
        (2, "day", W, "within"),
    ),
    ("The Provider must act before 5 days have elapsed.", (5, "day", None, "before")),
    (
        "Interest is charged on invoices unpaid for longer than 60 days.",
        (60, "day", None, "more than"),
    ),
    (
        "Funds may be held for a period not exceeding 21 days.",
        (21, "day", None, "no more than"),
    ),
    ("Users may pause their plan for under 3 months.", (3, "month", None, "less than")),
    # bounds after the period
    ("We will notify you one month in advance.", (1, "month", None, "in advance")),
    (
        "Submit your request 30 days prior to the renewal date.",
        (30, "day", None, "prior"),
    ),
    (
        "The notice must reach us 30 days before the renewal date.",
        (30, "day", None, "before"),
    ),
    ("Give us two weeks' notice in advance.", (2, "week", None, "in advance")),
    ("Bookings must be made 48 hours beforehand.", (48, "hour", None, "in advance")),
    (
        "The deposit is returned 10 days following check-out.",
        (10, "day", None, "after"),
    ),
    (
        "Your account will be deleted 90 days after cancellation.",
        (90, "day", None, "after"),
    ),
    ("Payment is due fourteen (14) days after delivery.", (14, "day", None, "after")),
    ("Send written notice three months prior.", (3, "month", None, "prior")),
    ("The refund is issued 5 working days later.", (5, "day", W, "after")),
    # a bound on both sides: the leading one wins
    (
        "Notice must be given at least 30 days in advance.",
        (30, "day", None, "at least"),
    ),
    ("Renewal notices arrive within 7 days before expiry.", (7, "day", None, "within")),
    # ranges: the first duration is the start of the range
    ("Delivery takes one to 30 days depending on location.", (1, "day", None, None)),
    (
        "The warranty lasts 1 or 2 years depending on the model.",
        (1, "year", None, None),
    ),
    ("Shipping normally takes 3-5 business days.", (3, "day", W, None)),
    ("Processing takes between 30 and 60 days.", (30, "day", None, "between")),
    ("Refunds arrive within two to three weeks.", (2, "week", None, "within")),
    ("The term is five (5) to seven (7) years.", (5, "year", None, None)),
    ("We usually respond in 24 to 48 hours.", (24, "hour", None, None)),
    # no duration: dates, numbering, frequencies, ages, vague amounts
    ("This Agreement was last updated on March 12, 2024.", None),
    ("These Terms take effect on 12 March 2024.", None),
    ("Copyright 2024 Example Ltd. All rights reserved.", None),
    ("Our support team is available 24/7.", None),
    ("Written by our support team. Updated over a week ago", None),
    ("This article was last reviewed 3 months ago.", None),
    # a look-back window is a period, though it ends "ago"
    (
        "Conduct that occurred more than 10 years ago may be disregarded.",
        (10, "year", None, "more than"),
    ),
    ("See section 3.10 for details of the refund policy.", None),
    ("You are bound by these Terms from Day One.", None),
    ("Fees are payable on the 1st day of the month.", None),
    ("Deliveries are made on the days of the week listed below.", None),
    ("Users under the age of 14 need parental consent.", None),
    ("Children under 13 years old may not register.", None),
    ("You must be at least 18 years of age to use the Service.", None),
    ("You must be 16 years or older to host a live stream.", None),
    ("Members must be 21 years and over to book a car.", None),
    ("We do not knowingly collect data from a 13-year-old child.", None),
    ("Adequate safeguards for 16 and 17 year olds on the Service.", None),
    ("Protections for 13-year-olds and 14-year-olds.", None),
    ("Results are filtered for users identified as under 18 years.", None),
    (
        "You are 18 years of age or over (or twenty-one (21) years in places where"
        " eighteen (18) years is not the age of majority).",
        None,
    ),
    ("Loans are repaid over 15 years.", (15, "year", None, "more than")),
    ("We keep the records of minors for 2 years.", (2, "year", None, "for")),
    ("Passwords must be changed once a year.", None),
    ("Backups run twice a day.", None),
    ("Fees are charged per calendar month.", None),
    ("“Business Day” means a day other than a Saturday or Sunday.", None),
    ("The Service may be unavailable for a few days.", None),
    ("Several months may pass before a claim is approved.", None),
    ("We may update these Terms from time to time.", None),
    ("Clauses 4 and 5 survive termination.", None),
    ("Version 2.1 of the Terms applies from 1 January 2025.", None),
    ("Day-to-day operation of the account is your responsibility.", None),
    ("Call us between 9:00 and 17:00 on weekdays.", None),
    ("Support is available 24 hours a day, seven days a week.", None),
    ("Please call our 24-hour claims helpline.", None),
    ("The early termination fee is equal to two (2) months' Rent.", None),
    ("We give 24-hour notice of any planned outage.", (24, "hour", None, None)),
    ("Drivers may work up to 10 hours per day.", None),
    # the span something is counted over, no period ("within" one is a deadline)
    ("Sellers who earn more than EUR 2,000 in a calendar year must give a tax number.", None),
    ("Pay the invoice within a calendar month.", (1, "month", "calendar", "within")),
    # in German
    ("Sie können den Vertrag innerhalb von 14 Tagen widerrufen.", (14, "day", None, "within")),
    ("Wir informieren Sie einen Monat im Voraus.", (1, "month", None, "in advance")),
    ("Rechnungen sind binnen drei Werktagen zu zahlen.", (3, "day", W, "within")),
    ("Die Frist beträgt vierzehn (14) Kalendertage.", (14, "day", C, None)),
    ("mit einer Frist von mindestens zwei Wochen", (2, "week", None, "at least")),
    ("Daten werden spätestens nach 48 Stunden gelöscht.", (48, "hour", None, "no later than")),
    ("nach zwölf aufeinanderfolgenden Monaten der Inaktivität", (12, "month", None, "after")),
    ("Es gilt eine 30-tägige Kündigungsfrist.", (30, "day", None, None)),
    ("Sie müssen 18 Jahre oder älter sein.", None),
    ("Sie müssen mindestens 16 Jahre alt sein.", None),
    ("Nutzer im Alter von 13 Jahren brauchen eine Einwilligung.", None),
]


def _short(sentence: str) -> str:
    return sentence[:40]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[_short(s) for s, _ in CASES])
def test_first_duration(
    sentence: str, expected: tuple[float, str, str | None, str | None] | None
) -> None:
    found = find_durations(sentence)
    if expected is None:
        assert found == []
        return
    assert found, "no duration found"
    first = found[0]
    assert (first.value, first.unit, first.day_type, first.bound) == expected
    for d in found:
        assert sentence[d.start : d.end] == d.text


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 110
    assert sum(1 for _, e in CASES if e is None) >= 15


def test_text_and_offsets() -> None:
    sentence = "Cancel within fifteen (15) days' notice or a 30-day period."
    first, second = find_durations(sentence)
    assert first.text == "fifteen (15) days"
    assert (first.start, first.end) == (14, 31)
    assert second.text == "30-day"


def test_values_are_int_when_whole() -> None:
    assert type(find_durations("within 30 days")[0].value) is int
    assert type(find_durations("one (1) year")[0].value) is int
    assert find_durations("3.5 years")[0].value == 3.5


def test_consecutive_flag() -> None:
    (d,) = find_durations("for twelve (12) consecutive months")
    assert d.consecutive is True
    assert d.describe() == "12 consecutive months"
    assert find_durations("for twelve months")[0].consecutive is False


def test_range_returns_both_ends() -> None:
    found = find_durations("Delivery takes one to 30 days.")
    assert [(d.value, d.unit, d.text) for d in found] == [
        (1, "day", "one"),
        (30, "day", "30 days"),
    ]
    found = find_durations("within 1 or 2 working days")
    assert [(d.value, d.day_type, d.bound) for d in found] == [
        (1, "working", "within"),
        (2, "working", "within"),
    ]


def test_several_durations_in_order() -> None:
    found = find_durations(
        "You may cancel within 14 days; refunds follow within thirty (30) days "
        "and data is erased after one year."
    )
    assert [(d.value, d.unit) for d in found] == [(14, "day"), (30, "day"), (1, "year")]
    assert [d.start for d in found] == sorted(d.start for d in found)


def _one(text: str) -> Duration:
    return find_durations(text)[0]


def test_compare_durations() -> None:
    assert compare_durations(_one("one month"), _one("fifteen (15) days")) == "shortened"
    assert compare_durations(_one("1 working day"), _one("3 working days")) == "lengthened"
    assert (
        compare_durations(_one("12 consecutive months"), _one("6 consecutive months"))
        == "shortened"
    )
    assert compare_durations(_one("30 days"), _one("thirty (30) days")) == "unchanged"
    assert compare_durations(_one("48 hours"), _one("2 days")) == "unchanged"
    # calendar arithmetic: a year is twelve months, not 365 against 360 days
    assert compare_durations(_one("a year"), _one("a 12-month")) == "unchanged"
    assert compare_durations(_one("1 year"), _one("11 months")) == "shortened"


def test_compare_counts_change_of_day_type() -> None:
    assert compare_durations(_one("10 calendar days"), _one("10 business days")) == ("lengthened")
    assert compare_durations(_one("5 working days"), _one("5 days")) == "shortened"


def test_approx_days() -> None:
    assert _one("48 hours").approx_days() == pytest.approx(2)
    assert _one("a fortnight").approx_days() == 14
    assert _one("6 months").approx_days() == 180
    assert _one("2 years").approx_days() == 730
    assert _one("5 working days").approx_days() == pytest.approx(7)


def test_describe() -> None:
    assert _one("fifteen (15) days").describe() == "15 days"
    assert _one("one month").describe() == "1 month"
    assert _one("three (3) Business Days").describe() == "3 working days"
    assert _one("a 48-hour window").describe() == "48 hours"
    assert _one("thirty (30) calendar days").describe() == "30 calendar days"
    assert _one("3.5 years").describe() == "3.5 years"


def test_describe_change() -> None:
    assert (
        describe_change(_one("one month"), _one("fifteen (15) days"))
        == "shortened from one month to 15 days"
    )
    assert (
        describe_change(_one("a 30-day period"), _one("sixty (60) days"))
        == "lengthened from 30 days to 60 days"
    )
    assert (
        describe_change(_one("1 working day"), _one("3 working days"))
        == "lengthened from 1 working day to 3 working days"
    )
    assert describe_change(_one("30 days"), _one("thirty (30) days")) == ("unchanged at 30 days")


def test_to_dict() -> None:
    assert _one("within thirty (30) calendar days").to_dict() == {
        "value": 30,
        "unit": "day",
        "text": "thirty (30) calendar days",
        "day_type": "calendar",
        "bound": "within",
    }
    assert _one("6 months").to_dict() == {
        "value": 6,
        "unit": "month",
        "text": "6 months",
    }
    assert _one("12 consecutive months").to_dict()["consecutive"] is True


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "0",
        "1234567890",
        "9" * 400,
        "days days days",
        "(((( 30 (",
        "thirty (",
        "a a a a a",
        "- - 30 - -",
        "٣٠ days",
        "三十日以内に",
        "30\u00a0days",
        "émoji 🕐 30 days 🙂",
        "within within within 30",
        "one to to to",
        "\x00\n\t",
        "1,000,000,000 years",
        "0.0.0.0 days",
        "twenty-" * 50,
    ],
)
def test_never_raises(text: str) -> None:
    found = find_durations(text)
    assert isinstance(found, list)
    for d in found:
        assert text[d.start : d.end] == d.text


@pytest.mark.parametrize(
    ("text", "value"), [("2,500", 2500), ("4", 4), ("four", 4), ("twenty-one", 21)]
)
def test_number_value_reads_digits_and_words(text: str, value: float) -> None:
    assert number_value(text) == value
