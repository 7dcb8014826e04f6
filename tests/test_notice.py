"""`tosdiff notice`: one notice per promised channel, the schedule, the proof of notice."""

from __future__ import annotations

import email
import email.policy
import hashlib
import json
from dataclasses import replace
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tosdiff import compare
from tosdiff.cli import app
from tosdiff.config import NoticeConfig
from tosdiff.errors import ConfigError
from tosdiff.examples import example_paths
from tosdiff.load import load
from tosdiff.model import Report
from tosdiff.notice import build_notices, change_item, lead_with_adverse, write_notices

OLD, NEW = (str(p) for p in example_paths())
CHANNEL_FILES = {
    "email": ["email.eml", "email.html", "email.txt", "email-subject.txt"],
    "announcement": ["announcement.html", "announcement.md"],
    "sms": ["sms.txt"],
    "in-app": ["in-app.json"],
    "mail": ["mail.html"],
    "phone": ["phone.txt"],
}
VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}


def invoke(*args: str, exit_code: int = 0) -> Result:
    """Run the CLI and check its exit code, showing output on failure."""
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == exit_code, (args, result.stdout, result.stderr, result.exception)
    return result


class StrictHTML(HTMLParser):
    """Collect HTML structure errors: unclosed, stray or misnested tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> does not close <{self.stack[-1] if self.stack else ''}>")
            return
        self.stack.pop()


def html_errors(text: str) -> tuple[list[str], set[str]]:
    parser = StrictHTML()
    parser.feed(text)
    parser.close()
    return parser.errors + [f"<{tag}> not closed" for tag in parser.stack], parser.tags


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("notices")
    invoke("notice", OLD, NEW, "--out", str(out), "--notice-date", "2026-12-01")
    return out


@pytest.fixture(scope="module")
def record(seed_out: Path) -> dict:
    return json.loads((seed_out / "notice.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_report() -> Report:
    return compare(load(OLD), load(NEW))


# --- the seed and its revision -------------------------------------------------------


def test_every_promised_channel_is_rendered(seed_out: Path, record: dict) -> None:
    assert record["channels"] == ["email", "announcement", "sms", "in-app", "mail", "phone"]
    for names in CHANNEL_FILES.values():
        for name in names:
            assert (seed_out / name).stat().st_size > 0, name


def test_effective_date_falls_back_to_one_month(record: dict) -> None:
    assert record["notice_date"] == "2026-12-01"
    assert record["effective_date"] == "2027-01-01"
    assert record["compliance"] == {"ok": True, "findings": []}


def test_silent_change_warning(record: dict) -> None:
    assert any("stated date did not" in w for w in record["warnings"])


def test_eml_is_multipart_alternative(seed_out: Path) -> None:
    message = email.message_from_bytes(
        (seed_out / "email.eml").read_bytes(), policy=email.policy.default
    )
    assert isinstance(message, EmailMessage)
    assert message.get_content_type() == "multipart/alternative"
    parts = {part.get_content_type(): part for part in message.iter_parts()}
    assert set(parts) == {"text/plain", "text/html"}
    assert all(part.get_content_charset() == "utf-8" for part in parts.values())
    assert message["Date"] and message["Message-ID"] and message["From"]
    assert message["Subject"] == (seed_out / "email-subject.txt").read_text().strip()
    assert "1 January 2027" in message["Subject"]
    assert "clause 3.8" in parts["text/plain"].get_content()
    assert "one month -&gt; fifteen" not in parts["text/html"].get_content()


def test_email_html_is_well_formed_and_self_contained(seed_out: Path) -> None:
    html = (seed_out / "email.html").read_text(encoding="utf-8")
    errors, tags = html_errors(html)
    assert errors == []
    assert "script" not in tags and "link" not in tags
    assert 'style="' in html  # CSS inlined
    assert "@media" in html  # responsive rules kept
    assert 'class="preheader"' in html


@pytest.mark.parametrize("name", ["mail.html", "announcement.html"])
def test_other_html_is_well_formed(seed_out: Path, name: str) -> None:
    assert html_errors((seed_out / name).read_text(encoding="utf-8"))[0] == []


def test_mail_has_print_css(seed_out: Path) -> None:
    assert "@media print" in (seed_out / "mail.html").read_text(encoding="utf-8")


def test_sms_fits_three_segments(seed_out: Path, record: dict) -> None:
    text = (seed_out / "sms.txt").read_text(encoding="utf-8").strip()
    assert record["renders"]["sms"]["segments"] <= 3
    assert record["renders"]["sms"]["text"] == text
    assert "https://" in text and "1 January 2027" in text


def test_in_app_json(seed_out: Path) -> None:
    data = json.loads((seed_out / "in-app.json").read_text(encoding="utf-8"))
    assert set(data) == {"title", "body", "url", "effective_date"}
    assert data["effective_date"] == "2027-01-01"


def test_content_groups_kinds_and_shows_old_new_periods(seed_out: Path) -> None:
    text = (seed_out / "email.txt").read_text(encoding="utf-8")
    assert "one month -> fifteen (15) days" in text
    assert "Liability" in text and "Disputes and governing law" in text
    assert "stop using" in text  # how to object, in the agreement's own words
    assert "editorial" not in text.lower()  # editorial-only changes are not announced
    assert "clause 2.3.4" not in text


def test_a_notice_leads_with_what_hurts_users_most(seed_out: Path, seed_report: Report) -> None:
    items = lead_with_adverse([change_item(c) for c in seed_report.material])
    directions = [item.direction for item in items]
    assert directions == sorted(directions, key=["adverse", "neutral", "favourable"].index)
    adverse = [item.clause for item in items if item.direction == "adverse"]
    in_document = [c.new.number for c in seed_report.material if c.direction == "adverse" and c.new]
    assert [n for n in adverse if n in in_document] == in_document  # each in document order
    # 2.1.2 gives users more time and comes first in the agreement, but after 3.8,
    # which shortens their notice
    text = (seed_out / "email.txt").read_text(encoding="utf-8")
    assert text.index("clause 3.8:") < text.index("clause 2.1.2:")


def test_notice_terms_change_is_prominent(seed_out: Path, record: dict) -> None:
    assert "12.2: adds notice by in-app message (in-app)" in record["terms_changes"]
    text = (seed_out / "email.txt").read_text(encoding="utf-8")
    intro = text.split("WHAT IS CHANGING")[0]
    assert "HOW WE TELL YOU ABOUT CHANGES IS CHANGING TOO" in intro
    assert "3.8: advance notice changes from one month in advance" in intro


def test_proof_of_notice_hashes(seed_out: Path, record: dict) -> None:
    for name, info in record["files"].items():
        assert hashlib.sha256((seed_out / name).read_bytes()).hexdigest() == info["sha256"]
    expected = {name for names in CHANNEL_FILES.values() for name in names}
    assert set(record["files"]) == expected
    old_text = load(OLD).text
    assert record["versions"]["old"]["sha256"] == hashlib.sha256(old_text.encode()).hexdigest()
    assert record["changes"] and all(change["material"] for change in record["changes"])
    assert record["schedule"]["advance_notice"]["clause"] == "3.8"


def test_early_effective_date_is_non_compliant(tmp_path: Path) -> None:
    result = invoke(
        "notice",
        OLD,
        NEW,
        "--out",
        str(tmp_path),
        "--notice-date",
        "2026-12-01",
        "--effective-date",
        "2026-12-10",
        exit_code=1,
    )
    data = json.loads((tmp_path / "notice.json").read_text(encoding="utf-8"))
    assert data["effective_date"] == "2026-12-10"
    assert data["compliance"]["ok"] is False
    assert [f["clause"] for f in data["compliance"]["findings"]] == ["3.8"]
    assert "3.8" in result.stderr


def test_eu_p2b_profile_from_config(tmp_path: Path) -> None:
    config = tmp_path / "tosdiff.toml"
    config.write_text('profiles = ["eu-p2b"]\n', encoding="utf-8")
    invoke(
        "notice",
        OLD,
        NEW,
        "--out",
        str(tmp_path / "out"),
        "--notice-date",
        "2026-12-01",
        "--effective-date",
        "2026-12-10",
        "--config",
        str(config),
        exit_code=1,
    )
    data = json.loads((tmp_path / "out" / "notice.json").read_text(encoding="utf-8"))
    rules = [f["rule"] for f in data["compliance"]["findings"]]
    assert rules[0] == "agreement" and "2019/1150" in rules[1]


def test_channel_option_limits_output(tmp_path: Path) -> None:
    invoke(
        "notice",
        OLD,
        NEW,
        "--out",
        str(tmp_path),
        "--notice-date",
        "2026-12-01",
        "--channel",
        "sms",
    )
    # index.html is the preview page (tosdiff.preview), written beside every notice
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.html", "notice.json", "sms.txt"]


def test_unknown_channel_is_an_error(tmp_path: Path) -> None:
    result = invoke("notice", OLD, NEW, "--out", str(tmp_path), "--channel", "fax", exit_code=2)
    assert result.stderr.startswith("tosdiff: error: --channel fax: unknown channel")


def test_editorial_only_needs_no_notice(tmp_path: Path) -> None:
    old_text = load(OLD).text
    new_text = old_text.replace("sabotages", "sabotaging", 1)
    assert new_text != old_text
    (tmp_path / "old.txt").write_text(old_text, encoding="utf-8")
    (tmp_path / "new.txt").write_text(new_text, encoding="utf-8")
    assert compare(old_text, new_text).material == []
    out = tmp_path / "out"
    result = invoke(
        "notice", str(tmp_path / "old.txt"), str(tmp_path / "new.txt"), "--out", str(out)
    )
    assert "no notice is required" in result.stderr
    assert not out.exists()


# --- templates, escaping, headers ------------------------------------------------------


def test_user_template_override(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "email-subject.txt").write_text("Heads up: {{ product }}", encoding="utf-8")
    (templates / "email.html").write_text(
        '{% extends "default:email.html" %}{% block footer %}<p>ACME FOOTER</p>{% endblock %}',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    invoke(
        "notice",
        OLD,
        NEW,
        "--out",
        str(out),
        "--notice-date",
        "2026-12-01",
        "--templates",
        str(templates),
        "--channel",
        "email",
    )
    assert (out / "email-subject.txt").read_text().strip() == "Heads up: our service"
    html = (out / "email.html").read_text(encoding="utf-8")
    assert "ACME FOOTER" in html and "What is changing" in html  # default blocks kept
    assert "not marketing" not in html  # the default footer was replaced


def test_script_in_clause_text_is_shown_not_run(seed_report: Report, tmp_path: Path) -> None:
    report = Report(seed_report.old, seed_report.new, list(seed_report.changes))
    target = next(c for c in report.material if c.new is not None)
    evil = '<script>alert("x")</script> & more'
    index = report.changes.index(target)
    report.changes[index] = replace(
        target, new=replace(target.new, text=evil), explanation="<b>bold</b>"
    )
    bundle = build_notices(report, channels=("email", "announcement", "mail"))
    for name in ("email.html", "announcement.html", "mail.html"):
        html = bundle.files[name].decode()
        assert "<script" not in html and "<b>bold" not in html, name
    assert "&lt;script&gt;" in bundle.files["email.html"].decode()
    assert "&lt;b&gt;bold" in bundle.files["announcement.md"].decode()


def test_header_newline_is_refused(seed_report: Report) -> None:
    config = NoticeConfig(sender="Notices <n@example.com>\nBcc: victim@example.org")
    with pytest.raises(ConfigError, match="sender: newline not allowed"):
        build_notices(seed_report, config=config)


def test_header_newline_in_config_file_exit_2(tmp_path: Path) -> None:
    config = tmp_path / "tosdiff.toml"
    config.write_text('product = """App\nBcc: x@evil.test"""\n', encoding="utf-8")
    result = invoke(
        "notice", OLD, NEW, "--out", str(tmp_path / "o"), "--config", str(config), exit_code=2
    )
    assert "product: newline not allowed" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_config_values_reach_the_email(seed_report: Report, tmp_path: Path) -> None:
    config = NoticeConfig(
        company="ACME Ltd",
        product="ACME",
        sender="ACME <legal@acme.test>",
        reply_to="help@acme.test",
        terms_url="https://acme.test/terms",
        redline_url="https://acme.test/terms/diff",
        support_email="help@acme.test",
    )
    bundle = build_notices(seed_report, config=config, channels=("email",))
    written = write_notices(bundle, tmp_path)
    assert {p.name for p in written} == {*CHANNEL_FILES["email"], "notice.json"}
    message = email.message_from_bytes(bundle.files["email.eml"], policy=email.policy.default)
    assert message["From"] == "ACME <legal@acme.test>"
    assert message["Reply-To"] == "help@acme.test"
    assert message["Message-ID"].endswith("@acme.test>")
    html = bundle.files["email.html"].decode()
    assert "https://acme.test/terms/diff" in html and "help@acme.test" in html
