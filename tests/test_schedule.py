"""Schedule: effective date, advance periods, legal-minimum profiles, silent changes."""

from __future__ import annotations

import datetime

import pytest

from tosdiff import compare, parse
from tosdiff.errors import ConfigError
from tosdiff.examples import example_paths
from tosdiff.load import load
from tosdiff.model import Report
from tosdiff.policy import AdvanceNotice, NoticeTerms, extract_terms
from tosdiff.schedule import add_period, add_working_days, load_profiles, plan_schedule

D = datetime.date
NOTICE = D(2026, 12, 1)


@pytest.fixture(scope="module")
def seed_report() -> Report:
    old, new = example_paths()
    return compare(load(old), load(new))


@pytest.fixture(scope="module")
def seed_terms(seed_report: Report) -> NoticeTerms:
    return extract_terms(seed_report.old)


def _period(text: str) -> AdvanceNotice:
    """Return the advance-notice period of "notify you <text>"."""
    terms = extract_terms(parse(f"1. We may change these Terms and will notify you {text}."))
    assert terms.advance_notice, text
    return terms.advance_notice[0]


@pytest.mark.parametrize(
    ("start", "text", "end"),
    [
        (D(2026, 12, 1), "one month in advance", D(2027, 1, 1)),  # calendar months
        (D(2027, 1, 31), "one month in advance", D(2027, 2, 28)),
        (D(2026, 12, 1), "fifteen (15) days in advance", D(2026, 12, 16)),
        (D(2026, 12, 1), "at least 2 weeks before", D(2026, 12, 15)),
        (D(2026, 12, 1), "one year in advance", D(2027, 12, 1)),
        (D(2026, 12, 4), "3 working days in advance", D(2026, 12, 9)),  # Fri -> Wed
    ],
)
def test_add_period(start: datetime.date, text: str, end: datetime.date) -> None:
    assert add_period(start, _period(text)) == end


def test_add_working_days_skips_weekends() -> None:
    assert add_working_days(D(2026, 12, 4), 1) == D(2026, 12, 7)


def test_seed_effective_date_falls_back_to_one_month(
    seed_report: Report, seed_terms: NoticeTerms
) -> None:
    schedule = plan_schedule(seed_report, seed_terms, notice_date=NOTICE)
    assert schedule.effective_date == D(2027, 1, 1)
    assert schedule.effective_source == "advance-notice"
    assert schedule.ok
    assert schedule.advance is not None and schedule.advance.clause == "3.8"


def test_seed_silent_change_warning(seed_report: Report, seed_terms: NoticeTerms) -> None:
    schedule = plan_schedule(seed_report, seed_terms, notice_date=NOTICE)
    assert len(schedule.warnings) == 1
    assert "text changed but the stated date did not" in schedule.warnings[0]
    assert "12.4" in schedule.warnings[0]


def test_early_effective_date_cites_3_8(seed_report: Report, seed_terms: NoticeTerms) -> None:
    schedule = plan_schedule(
        seed_report, seed_terms, notice_date=NOTICE, effective_date=D(2026, 12, 10)
    )
    assert not schedule.ok
    [finding] = schedule.findings
    assert (finding.rule, finding.clause, finding.required_date) == (
        "agreement",
        "3.8",
        D(2027, 1, 1),
    )
    data = schedule.to_dict()
    assert data["compliance"]["ok"] is False
    assert data["effective_date"] == "2026-12-10"
    assert data["compliance"]["findings"][0]["clause"] == "3.8"


def test_eu_p2b_profile_names_its_rule(seed_report: Report, seed_terms: NoticeTerms) -> None:
    assert "eu-p2b" in load_profiles()
    schedule = plan_schedule(
        seed_report,
        seed_terms,
        notice_date=NOTICE,
        effective_date=D(2027, 1, 1),
        profiles=("eu-p2b",),
        channels=("announcement",),
    )
    [finding] = schedule.findings  # 15 days are met; no durable medium is not
    assert "2019/1150" in finding.rule
    assert "durable medium" in finding.message


def test_eu_p2b_minimum_when_the_agreement_states_none() -> None:
    old = (
        "1. Fees are due in 30 days.\n\n"
        "2. We may change these Terms and will notify you by email.\n"
    )
    new = old.replace("30 days", "10 days")
    report = compare(old, new)
    terms = extract_terms(report.old)
    planned = plan_schedule(report, terms, notice_date=NOTICE, profiles=("eu-p2b",))
    assert planned.effective_date == D(2026, 12, 16)
    early = plan_schedule(
        report, terms, notice_date=NOTICE, effective_date=D(2026, 12, 10), profiles=("eu-p2b",)
    )
    assert [f.rule for f in early.findings] == [load_profiles()["eu-p2b"].rule]
    assert "15 days" in early.findings[0].message


def test_unknown_profile() -> None:
    report = compare("1. A.", "1. B.")
    with pytest.raises(ConfigError, match="unknown profile 'us-ftc'"):
        plan_schedule(report, NoticeTerms(), notice_date=NOTICE, profiles=("us-ftc",))


def test_new_stated_date_is_used_when_it_changes() -> None:
    old = "1. Fees are due in 30 days.\n\nEffective Date: March 12, 2024.\n"
    new = "1. Fees are due in 10 days.\n\nEffective Date: February 1, 2027.\n"
    report = compare(old, new)
    schedule = plan_schedule(report, extract_terms(report.old), notice_date=NOTICE)
    assert (schedule.effective_date, schedule.effective_source) == (D(2027, 2, 1), "stated")
    assert schedule.warnings == ()


def test_only_the_date_changed_warns() -> None:
    old = "1. Fees are due in 30 days.\n\nLast updated: March 12, 2024\n"
    new = "1. Fees are due in 30 days.\n\nLast updated: March 12, 2025\n"
    report = compare(old, new)
    schedule = plan_schedule(report, extract_terms(report.old), notice_date=NOTICE)
    assert schedule.warnings == (
        "only the stated date changed (2024-03-12 -> 2025-03-12); nothing else did",
    )


def test_effective_before_notice_date() -> None:
    report = compare("1. A.", "1. B.")
    schedule = plan_schedule(
        report, NoticeTerms(), notice_date=NOTICE, effective_date=D(2026, 11, 1)
    )
    assert [f.rule for f in schedule.findings] == ["schedule"]
