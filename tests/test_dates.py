"""Stated dates: "Effective Date: ...", "Last updated ...", ISO dates."""

from __future__ import annotations

import datetime

import pytest

from tosdiff import parse
from tosdiff.dates import date_line_opening, find_dates, find_stated_date, parse_option_date
from tosdiff.errors import ConfigError
from tosdiff.examples import example_paths
from tosdiff.load import load

D = datetime.date


@pytest.mark.parametrize(
    ("text", "date", "kind"),
    [
        # labels the issue names
        ("12.4 Effective Date: March 12, 2024.", D(2024, 3, 12), "effective"),
        ("Last updated: May 22, 2024", D(2024, 5, 22), "updated"),
        ("Effective as of January 5, 2022", D(2022, 1, 5), "effective"),
        ("Effective August 17, 2026", D(2026, 8, 17), "effective"),
        ("These terms take effect on 3 February 2025.", D(2025, 2, 3), "effective"),
        ("Last Updated: Jul 24, 2023", D(2023, 7, 24), "updated"),
        # ISO dates, ordinals, emphasis
        ("Effective: 2024-03-12", D(2024, 3, 12), "effective"),
        ("**Last modified:** September 12th, 2023", D(2023, 9, 12), "updated"),
        ("Effective Date: 6 March 2024", D(2024, 3, 6), "effective"),
    ],
)
def test_find_dates(text: str, date: datetime.date, kind: str) -> None:
    found = find_dates(text)
    assert [(d.date, d.kind) for d in found] == [(date, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "take effect from the effective date specified in the notice",
        "You must be 13 years old. Version 2024.",
        "Effective Date: February 30, 2024",  # no such day
    ],
)
def test_no_date(text: str) -> None:
    assert find_dates(text) == []


def test_seed_states_its_effective_date_in_12_4() -> None:
    old, _ = example_paths()
    stated = find_stated_date(parse(load(old)))
    assert stated is not None
    assert (stated.date, stated.clause, stated.kind) == (D(2024, 3, 12), "12.4", "effective")
    assert stated.text == "Effective Date: March 12, 2024"


def test_effective_preferred_to_updated() -> None:
    doc = parse("Last updated: May 22, 2024\n\nThese terms are effective as of June 1, 2024.\n")
    stated = find_stated_date(doc)
    assert stated is not None and stated.kind == "effective"
    assert stated.date == D(2024, 6, 1)


def test_no_stated_date() -> None:
    assert find_stated_date(parse("1. You may cancel within 30 days.")) is None


def test_parse_option_date() -> None:
    assert parse_option_date("2026-12-01", "--notice-date") == D(2026, 12, 1)
    assert parse_option_date(None, "--notice-date") is None
    with pytest.raises(ConfigError, match="--notice-date 12/01/2026: not a date"):
        parse_option_date("12/01/2026", "--notice-date")


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        ("Effective August 1, 2023", "effective"),
        ("Effective Date outside EEA & UK: March 13, 2024", "effective"),
        ("**Last updated:** 2 May 2023", "last updated"),
        ("Last  Revised 2024-01-02", "last revised"),
        ("1.1 Effective date: January 1, 2024", "effective"),
        # "Last Update" as a noun, and a date written in numbers
        ("> Last Update: April 28, 2025", "last update"),
        ("1.1 > **Last Update:** March 27, 2026", "last update"),
        ("Last modified on 07/25/2025", "last modified"),
        ("Date of Last Revision: February 11, 2023", "date of last revision"),
        ("Revision date: 16 November 2024", "revision date"),
        ("**Last review:** 25 October 2023", "last review"),
        ("Last changed: 2 December 2024", "last changed"),
        ("Updated 25.07.2025", "updated"),
        ("Fees rise by 10/12/2025 notice.", None),
        ("12. Fees are due by March 13, 2024.", None),
        ("Effective March 13, 2024, you must verify your age to post.", None),
        ("Effective immediately, fees are due monthly.", None),
        ("Fees are due by March 13, 2024.", None),
        # a line of two dates, and the date a page was posted
        ("Effective as of August 20, 2024 | Posted: June 20, 2024", "effective"),
        ("Posted: June 20, 2024", "posted"),
        ("Published content may be removed by us on June 20, 2024 or later.", None),
    ],
)
def test_date_line_opening(line: str, opening: str | None) -> None:
    assert date_line_opening(line) == opening
