"""Rendering: template loader and overrides, context contract, escaping, SMS segments."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import jinja2
import jinja2.meta
import pytest

from tosdiff.errors import TemplateError
from tosdiff.render import (
    GSM_BASIC,
    GSM_EXTENSION,
    ChangeItem,
    KindGroup,
    NoticeContext,
    PeriodChange,
    TermItem,
    default_template_dir,
    is_gsm7,
    make_environment,
    md_escape,
    sms_segments,
)

DOCS = Path(__file__).parent.parent / "docs" / "templates.md"
# Notice templates; preview*.html and _preview*.html build the preview page (tosdiff.preview),
# not a notice, and are tested in test_preview.py.
TEMPLATES = sorted(
    p.name
    for p in default_template_dir().iterdir()
    if p.is_file() and not p.name.startswith(("preview", "_preview"))
)


# --- the documented context -------------------------------------------------------------


@pytest.mark.parametrize(
    ("cls", "prefix"),
    [
        (NoticeContext, ""),
        (ChangeItem, "change."),
        (KindGroup, "group."),
        (PeriodChange, "period."),
        (TermItem, "item."),
    ],
)
def test_every_field_has_help_and_is_documented(cls: type, prefix: str) -> None:
    docs = DOCS.read_text(encoding="utf-8")
    for item in fields(cls):
        assert item.metadata.get("help"), f"{cls.__name__}.{item.name} has no help"
        assert f"| `{prefix}{item.name}` |" in docs, f"{prefix}{item.name} not in docs"


def test_templates_use_only_documented_variables() -> None:
    env = make_environment()
    assert env.loader is not None
    known = {item.name for item in fields(NoticeContext)}
    for name in TEMPLATES:
        source = env.loader.get_source(env, name)[0]
        used = jinja2.meta.find_undeclared_variables(env.parse(source))
        assert used <= known, f"{name} uses undocumented {sorted(used - known)}"


def test_default_templates_cover_every_channel() -> None:
    assert {
        "email.html",
        "email.txt",
        "email-subject.txt",
        "email-preheader.txt",
        "announcement.html",
        "announcement.md",
        "sms.txt",
        "in-app-title.txt",
        "in-app-body.txt",
        "mail.html",
        "phone.txt",
    } <= set(TEMPLATES)


def test_html_templates_load_nothing_external() -> None:
    for name in TEMPLATES:
        text = (default_template_dir() / name).read_text(encoding="utf-8")
        assert "<script" not in text and "<link" not in text and "@import" not in text, name


# --- loader -----------------------------------------------------------------------------


def test_user_template_overrides_and_extends_default(tmp_path: Path) -> None:
    (tmp_path / "sms.txt").write_text("custom {{ product }}", encoding="utf-8")
    (tmp_path / "email.html").write_text(
        '{% extends "default:email.html" %}{% block footer %}MY FOOTER{% endblock %}',
        encoding="utf-8",
    )
    env = make_environment(tmp_path)
    assert env.get_template("sms.txt").render(product="X") == "custom X"
    assert env.get_template("default:sms.txt").filename == str(default_template_dir() / "sms.txt")
    assert env.get_template("email.html").filename == str(tmp_path / "email.html")
    # a template the user did not override still comes from the defaults
    assert env.get_template("phone.txt").filename == str(default_template_dir() / "phone.txt")


def test_missing_user_folder(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="templates folder not found"):
        make_environment(tmp_path / "nope")


def test_html_autoescapes_but_text_does_not() -> None:
    env = make_environment()
    assert env.autoescape("email.html") is True  # type: ignore[operator]
    assert env.autoescape("email.txt") is False  # type: ignore[operator]


def test_strict_undefined() -> None:
    with pytest.raises(jinja2.UndefinedError):
        make_environment().from_string("{{ nope }}").render()


def test_md_escape() -> None:
    assert md_escape("<script>alert(1)</script> *bold* [x](y)") == (
        r"&lt;script&gt;alert(1)&lt;/script&gt; \*bold\* \[x\](y)"
    )


# --- SMS segments -----------------------------------------------------------------------


def test_gsm_tables() -> None:
    assert len(set(GSM_BASIC)) == 128
    assert set(GSM_EXTENSION) == set("\f^{}\\[~]|€")
    assert is_gsm7("Hello @£$¥ èé {x} €")
    assert not is_gsm7("Grüße ł")
    assert not is_gsm7("emoji 🙂")


@pytest.mark.parametrize(
    ("text", "encoding", "units", "segments"),
    [
        ("", "GSM-7", 0, 0),
        ("a" * 160, "GSM-7", 160, 1),
        ("a" * 161, "GSM-7", 161, 2),
        ("a" * 306, "GSM-7", 306, 2),
        ("a" * 307, "GSM-7", 307, 3),
        ("€" * 80, "GSM-7", 160, 1),  # extension characters take two septets
        ("€" * 81, "GSM-7", 162, 2),
        ("a" * 152 + "€", "GSM-7", 154, 1),
        ("a" * 160 + "€" * 0 + "b", "GSM-7", 161, 2),
        ("a" * 152 + "€" + "a" * 10, "GSM-7", 164, 2),  # the escape pair is not split
        ("ł" * 70, "UCS-2", 70, 1),
        ("ł" * 71, "UCS-2", 71, 2),
        ("ł" * 134, "UCS-2", 134, 2),
        ("ł" * 135, "UCS-2", 135, 3),
        ("🙂" * 35, "UCS-2", 70, 1),  # a surrogate pair is two units
    ],
)
def test_sms_segments(text: str, encoding: str, units: int, segments: int) -> None:
    assert sms_segments(text) == {"encoding": encoding, "units": units, "segments": segments}


def test_gsm_basic_table_has_no_duplicates() -> None:
    assert re.search(r"(.).*\1", "".join(sorted(GSM_BASIC))) is None
