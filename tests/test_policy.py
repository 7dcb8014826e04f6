"""Notice-of-change terms: channels, advance periods, effect, delivery, acceptance."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import corpus_path
from typer.testing import CliRunner

from tosdiff import parse
from tosdiff.cli import app
from tosdiff.errors import ConfigError
from tosdiff.examples import example_paths
from tosdiff.load import load
from tosdiff.policy import (
    CHANNELS,
    NoticeTerms,
    compare_terms,
    extract_terms,
    find_channels,
    load_vocabulary,
    parse_vocabulary,
)

CORPUS = corpus_path()


def _terms(path: Path | str) -> NoticeTerms:
    return extract_terms(parse(load(path)))


@pytest.fixture(scope="module")
def seed_terms() -> NoticeTerms:
    return _terms(example_paths()[0])


def _clauses(terms: NoticeTerms) -> dict[str, tuple[str, ...]]:
    return {term.channel: term.clauses for term in terms.channels}


# --- the seed agreement ---------------------------------------------------------------


def test_seed_12_2_channels(seed_terms: NoticeTerms) -> None:
    in_12_2 = {channel for channel, clauses in _clauses(seed_terms).items() if "12.2" in clauses}
    assert in_12_2 == {"email", "announcement", "sms", "mail"}


def test_seed_2_4_2_1_channels(seed_terms: NoticeTerms) -> None:
    # telephone, short message, email, self-service system, in-site message, website announcement
    in_rules = {c for c, clauses in _clauses(seed_terms).items() if "2.4.2(1)" in clauses}
    assert in_rules == {"phone", "sms", "email", "in-app", "announcement"}
    in_app = next(term for term in seed_terms.channels if term.channel == "in-app")
    assert set(in_app.texts) == {"self-service system", "in-site message"}


def test_seed_channels_keep_original_words(seed_terms: NoticeTerms) -> None:
    words = {term.channel: set(term.texts) for term in seed_terms.channels}
    assert "mobile phone short message" in words["sms"]
    assert "regular mail" in words["mail"]
    assert "website announcement" in words["announcement"]
    assert "telephone" in words["phone"]
    assert seed_terms.channel_ids == ("email", "announcement", "sms", "in-app", "mail", "phone")


def test_seed_advance_notice_one_month_in_3_8(seed_terms: NoticeTerms) -> None:
    assert [p.to_dict() for p in seed_terms.advance_notice] == [
        {"value": 1, "unit": "month", "text": "one month in advance", "clause": "3.8"}
    ]


def test_seed_effect_delivery_acceptance(seed_terms: NoticeTerms) -> None:
    assert [t.clause for t in seed_terms.takes_effect] == ["2.4.2(2)"]
    assert [t.clause for t in seed_terms.delivered] == ["12.2"]
    assert "12.1" in {t.clause for t in seed_terms.continued_use}
    assert "12.1" in {t.clause for t in seed_terms.objection}
    assert seed_terms.to_dict()["continued_use_is_acceptance"] is True


def test_assignment_and_security_notices_are_not_change_terms(seed_terms: NoticeTerms) -> None:
    # 10.2.1 (assignment) and 2.2.6 (payment restriction) notify, but not of a change of terms
    used = set(seed_terms.clauses)
    assert not {"10.2.1", "2.2.6", "4.2.1"} & used


def test_revision_changes_the_notice_terms() -> None:
    old, new = (_terms(path) for path in example_paths())
    notes = compare_terms(old, new)
    assert "12.2: adds notice by in-app message (in-app)" in notes
    assert any(
        n.startswith("3.8: advance notice changes from one month in advance to fifteen")
        for n in notes
    )
    assert compare_terms(old, old) == []


# --- vocabulary -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("by mobile phone short message", [("sms", "mobile phone short message")]),
        ("by email or regular mail", [("email", "email"), ("mail", "regular mail")]),
        ("to the email address you gave", []),
        (
            "via a service notification or an e-mail",
            [("in-app", "service notification"), ("email", "e-mail")],
        ),
        ("by telephone or text message", [("phone", "telephone"), ("sms", "text message")]),
        ("we will post the revised Terms", [("announcement", "post the revised")]),
    ],
)
def test_find_channels(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c, w) for c, w, _ in find_channels(text, load_vocabulary())] == expected


def test_vocabulary_covers_every_channel() -> None:
    assert {rule.id for rule in load_vocabulary().channels} == set(CHANNELS)


def test_vocabulary_errors_name_the_key() -> None:
    with pytest.raises(ConfigError, match="channel `email` has no phrases"):
        parse_vocabulary({"channel": [{"id": "email", "phrases": []}]}, name="x.toml")
    with pytest.raises(ConfigError, match=r"channel\[0\]\.id must be one of"):
        parse_vocabulary({"channel": [{"id": "pigeon", "phrases": ["pigeon"]}]}, name="x.toml")


# --- real agreements (read by hand) ---------------------------------------------------


def _real(name: str) -> NoticeTerms:
    path = CORPUS / name / "new.md"
    if not path.exists():
        pytest.fail(f"corpus file missing: {path}")
    return _terms(path)


def test_facebook_2022_email_products_30_days() -> None:
    # "We will notify you (for example, by email or through our Products) at least 30 days
    # before we make changes to these Terms" (section 4, Additional provisions)
    terms = _real("04-facebook-terms-of-service-2022-09-07")
    assert terms.channel_ids == ("email", "in-app")
    assert [p.to_dict() for p in terms.advance_notice] == [
        {"value": 30, "unit": "day", "text": "at least 30 days before", "clause": "4"}
    ]
    assert terms.continued_use


def test_twitter_2023_service_notification_or_email_30_days() -> None:
    # "we will notify you 30 days in advance ... for example via a service notification or an
    # email to the email associated with your account" (section 6)
    terms = _real("22-twitter-terms-of-service-2023-10-11")
    words = {term.channel: set(term.texts) for term in terms.channels}
    assert "service notification" in words["in-app"]
    assert "email" in words["email"]
    assert [(p.value, p.unit, p.text, p.clause) for p in terms.advance_notice] == [
        (30, "day", "30 days in advance", "6")
    ]


def test_reddit_2024_post_email_30_days() -> None:
    # 14 Changes to these Terms: "we will post the revised Terms ... notify you by sending an
    # email ... or ... notice through our Services at least 30 days before"
    terms = _real("12-reddit-terms-of-service-2024-02-15")
    assert {"email", "announcement", "in-app"} <= set(terms.channel_ids)
    assert "14" in _clauses(terms)["announcement"]
    assert [(p.value, p.unit, p.clause) for p in terms.advance_notice] == [(30, "day", "14")]


def test_threads_2024_email_and_notice_on_service() -> None:
    # "by e-mail and/or by placing notice on the Threads Service at least 30 days before"
    terms = _real("31-threads-terms-of-service-2024-08-31")
    assert terms.channel_ids == ("email", "announcement")
    assert [p.text for p in terms.advance_notice] == ["at least 30 days before"]


# --- CLI --------------------------------------------------------------------------------


def test_cli_terms_json_contract() -> None:
    result = CliRunner().invoke(app, ["terms", str(example_paths()[0]), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    email = next(c for c in data["channels"] if c["channel"] == "email")
    assert email["text"] == "email"
    assert email["clauses"] == ["12.2", "2.4.2(1)"]
    assert data["advance_notice"][0] == {
        "value": 1,
        "unit": "month",
        "text": "one month in advance",
        "clause": "3.8",
    }
    assert {"takes_effect", "delivered", "continued_use_is_acceptance"} <= set(data)


def test_cli_terms_text() -> None:
    result = CliRunner().invoke(app, ["terms", str(example_paths()[0])])
    assert result.exit_code == 0
    assert '"one month in advance" [3.8]' in result.stdout


def test_cli_terms_missing_file() -> None:
    result = CliRunner().invoke(app, ["terms", "/nonexistent/terms.md"])
    assert result.exit_code == 2
    assert "no such file" in result.stderr
