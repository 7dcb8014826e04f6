"""Tests for tosdiff.load: reading agreements from files of any common encoding."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from tosdiff import load, parse
from tosdiff.errors import InputError

TERMS = "1. Fees are payable monthly.\n\n2. You may cancel at any time.\n"


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8", newline="")
    else:
        path.write_bytes(data)
    return path


# --- formats ---------------------------------------------------------------------------


def test_plain_text_passes_through(tmp_path: Path) -> None:
    source = load(write(tmp_path, "terms.txt", TERMS))
    assert source.text == TERMS
    assert source.format == "text"
    assert source.name == str(tmp_path / "terms.txt")


def test_markdown_by_suffix(tmp_path: Path) -> None:
    text = "# Terms\n\n## 1. Fees\n\nFees are **due** monthly.\n"
    source = load(write(tmp_path, "terms.md", text))
    assert source.format == "markdown"
    assert source.text == text


def test_markdown_containing_html_tags_stays_markdown(tmp_path: Path) -> None:
    text = "# Terms\n\n<div>1. Fees are due monthly.</div>\n"
    source = load(write(tmp_path, "terms.md", text))
    assert source.format == "markdown"
    assert source.text == text


PAGE = """<!doctype html>
<html><head><title>Terms</title>
<style>body { color: red }</style>
<script>var tracking = "do-not-keep-script";</script></head>
<body>
<nav><a href="/">Home</a> Site menu do-not-keep-nav</nav>
<div id="cookie-banner">We use cookies do-not-keep-cookie. <button>Accept</button></div>
<h1>Terms of Use</h1>
<h2>Fees</h2>
<p>You pay <b>monthly</b> in advance.</p>
<ol start="4"><li>Fourth item text.</li><li>Fifth item text.</li></ol>
<footer>Copyright do-not-keep-footer</footer>
</body></html>
"""


@pytest.mark.parametrize("name", ["terms.html", "terms.txt"], ids=["suffix", "sniffed"])
def test_html_keeps_the_agreement_and_drops_page_chrome(tmp_path: Path, name: str) -> None:
    source = load(write(tmp_path, name, PAGE))
    assert source.format == "html"
    assert "do-not-keep" not in source.text
    assert "color: red" not in source.text
    assert "# Terms of Use" in source.text.splitlines()
    assert "## Fees" in source.text.splitlines()
    assert "You pay **monthly** in advance." in source.text


def test_html_ordered_list_keeps_its_start_number(tmp_path: Path) -> None:
    doc = parse(load(write(tmp_path, "terms.html", PAGE)))
    items = {c.key: c.number for c in doc.clauses if not c.is_heading}
    assert items["Fourth item text."] == "4"
    assert items["Fifth item text."] == "5"
    assert [c.key for c in doc.clauses if c.is_heading] == ["Terms of Use", "Fees"]


def test_html_main_element_wins_over_the_rest_of_the_page(tmp_path: Path) -> None:
    page = (
        "<html><body><div>Sign up for our newsletter today</div>"
        "<main><h1>Terms</h1><p>1. You agree to these terms.</p></main>"
        "<div>Other site content</div></body></html>"
    )
    source = load(write(tmp_path, "terms.html", page))
    assert "newsletter" not in source.text
    assert "Other site content" not in source.text
    assert "You agree to these terms." in source.text


# --- encodings and line endings ----------------------------------------------------------


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    source = load(write(tmp_path, "terms.txt", codecs.BOM_UTF8 + TERMS.encode()))
    assert source.text == TERMS


def test_crlf_and_cr_become_lf(tmp_path: Path) -> None:
    assert load(write(tmp_path, "a.txt", TERMS.replace("\n", "\r\n").encode())).text == TERMS
    assert load(write(tmp_path, "b.txt", TERMS.replace("\n", "\r").encode())).text == TERMS


TERMS_ACCENTED = "1. Caf\u00e9 vouchers are not refundable.\n\n2. Na\u00efve users pay \u20ac5.\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_and_without_bom(tmp_path: Path, encoding: str) -> None:
    source = load(write(tmp_path, "terms.txt", TERMS_ACCENTED.encode(encoding)))
    assert source.text == TERMS_ACCENTED


def test_utf16_crlf(tmp_path: Path) -> None:
    data = TERMS_ACCENTED.replace("\n", "\r\n").encode("utf-16")
    assert load(write(tmp_path, "terms.txt", data)).text == TERMS_ACCENTED


@pytest.mark.parametrize(
    "text",
    [
        "1. Fees. The customer\u2019s \u201cmonthly fee\u201d \u2013 currently \u20ac5 \u2013 "
        "is payable in advance.\n\n2. Refunds. Caf\u00e9 vouchers are not refundable.\n",
        "1. Les pr\u00e9sentes conditions g\u00e9n\u00e9rales r\u00e9gissent l\u2019utilisation "
        "du service. L\u2019utilisateur s\u2019engage \u00e0 payer les frais "
        "\u00ab mensuels \u00bb.\n",
    ],
    ids=["english", "french"],
)
def test_cp1252_bytes(tmp_path: Path, text: str) -> None:
    source = load(write(tmp_path, "terms.txt", text.encode("cp1252")))
    assert source.text == text


def test_cp1252_german(tmp_path: Path) -> None:
    text = (
        "1. Die Geb\u00fchren sind monatlich im Voraus zu zahlen. K\u00fcndigungen m\u00fcssen "
        "schriftlich erfolgen \u2013 per E-Mail gen\u00fcgt.\n"
    )
    assert load(write(tmp_path, "terms.txt", text.encode("cp1252"))).text == text


def test_utf8_with_one_bad_byte_is_not_turned_into_mojibake(tmp_path: Path) -> None:
    data = ("1. Caf\u00e9 vouchers are not refundable. " * 20).encode() + b"\xc3"
    path = write(tmp_path, "terms.txt", data)
    try:
        text = load(path).text
    except InputError as error:  # refusing the file is acceptable too
        assert str(path) in str(error)
    else:
        assert "Caf\u00e9 vouchers" in text


# --- bad input -----------------------------------------------------------------------------

BAD_BYTES = {
    "empty": b"",
    "whitespace": b"  \n\t\r\n   \n",
    "nul": b"1. Fees\x00 are\x00 due\x00\x01\x02\x03" * 20,
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06"
    + bytes(range(256)),
    "high-bytes": bytes(range(0x80, 0x100)) * 4,
    "utf8-bom-invalid": codecs.BOM_UTF8 + b"1. Fees \xff\xfe\xfd are due.\n",
}


@pytest.mark.parametrize("kind", sorted(BAD_BYTES))
def test_bad_bytes_raise_input_error_naming_the_file(tmp_path: Path, kind: str) -> None:
    path = write(tmp_path, f"{kind}.txt", BAD_BYTES[kind])
    with pytest.raises(InputError) as caught:
        load(path)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("empty", "empty"),
        ("whitespace", "empty"),
        ("nul", "binary"),
        ("png", "binary"),
        ("high-bytes", "decode"),
        ("utf8-bom-invalid", "utf-8"),
    ],
)
def test_bad_bytes_message_says_what_is_wrong(tmp_path: Path, kind: str, words: str) -> None:
    path = write(tmp_path, f"{kind}.txt", BAD_BYTES[kind])
    with pytest.raises(InputError, match=words):
        load(path)


def test_png_file_with_png_suffix(tmp_path: Path) -> None:
    path = write(tmp_path, "logo.png", BAD_BYTES["png"])
    with pytest.raises(InputError, match="binary") as caught:
        load(path)
    assert str(path) in str(caught.value)


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.txt"
    with pytest.raises(InputError, match="no such file") as caught:
        load(path)
    assert str(path) in str(caught.value)


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="directory") as caught:
        load(tmp_path)
    assert str(tmp_path) in str(caught.value)


def test_over_the_size_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", "1. Fees are due.\n" * 200)  # 3,400 bytes
    with pytest.raises(InputError, match="limit") as caught:
        load(path, max_bytes=1000)
    assert str(path) in str(caught.value)
    assert load(path, max_bytes=10_000).text.startswith("1. Fees are due.")


def test_input_error_is_a_tosdiff_error() -> None:
    from tosdiff import TosdiffError

    assert issubclass(InputError, TosdiffError)


# --- a page saved from a website --------------------------------------------------------------

SAVED_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Terms of Service | Example</title>
<link rel="stylesheet" href="./Terms_files/site.css"><script src="./Terms_files/gtm.js"></script>
</head>
<body class="page-legal">
<a class="skip-link" href="#content">Skip to content</a>
<header class="site-header"><a href="/"><img src="logo.svg" alt="Example"></a>
  <nav aria-label="Primary"><ul><li><a href="/pricing">Pricing</a></li>
  <li><a href="/blog">Blog</a></li><li><a href="/login">Log in</a></li></ul></nav></header>
<div class="breadcrumbs" role="navigation"><a href="/">Home</a> &rsaquo;
  <a href="/legal">Legal</a></div>
<main id="content">
  <aside class="toc"><h2>On this page</h2><ol><li><a href="#fees">Fees</a></li></ol></aside>
  <article class="legal-text">
    <h1>Terms of Service</h1>
    <p>Last updated: 1 March 2025</p>
    <h2 id="fees">1. Fees</h2>
    <p>1.1 You pay the fees shown on the pricing page, in advance.</p>
    <p>1.2 We may change fees with thirty (30) days&#8217; notice.</p>
    <h2>2. Termination</h2>
    <ol><li>You may cancel at any time.</li>
      <li>We may suspend accounts that break these terms.</li></ol>
    <table><tr><th>Plan</th><th>Fee</th></tr><tr><td>Basic</td><td>EUR 5</td></tr></table>
  </article>
  <div class="feedback-widget" hidden>Was this page helpful?</div>
</main>
<footer class="site-footer"><p>&copy; 2025 Example Ltd. All rights reserved.</p>
  <a href="/privacy">Privacy</a></footer>
<div id="onetrust-consent-sdk"><div class="ot-sdk-container">We value your privacy.
  We and our partners use cookies. <button>Accept all</button> <button>Reject</button></div></div>
<div class="cookie-notice" role="dialog">This site uses cookies.</div>
<script>window.dataLayer = window.dataLayer || [];</script>
</body></html>
"""

SAVED_PAGE_MARKDOWN = """# Terms of Service

Last updated: 1 March 2025

## 1. Fees

1.1 You pay the fees shown on the pricing page, in advance.

1.2 We may change fees with thirty (30) days' notice.

## 2. Termination

1. You may cancel at any time.
2. We may suspend accounts that break these terms.

| Plan | Fee |
| Basic | EUR 5 |
"""


def test_saved_web_page_keeps_only_the_agreement(tmp_path: Path) -> None:
    source = load(write(tmp_path, "Terms of Service _ Example.html", SAVED_PAGE))
    assert source.format == "html"
    chrome_words = ["Skip to content", "Pricing", "Log in", "Home", "On this page", "helpful"]
    chrome_words += ["All rights reserved", "cookies", "privacy", "Accept all", "dataLayer"]
    for chrome in chrome_words:
        assert chrome not in source.text, chrome
    doc = parse(source)
    numbers = [c.number for c in doc.clauses if not c.is_heading]
    assert numbers == [None, "1.1", "1.2", "2(1)", "2(2)", "2", "2"]
    assert [c.key for c in doc.clauses if c.is_heading] == [
        "Terms of Service",
        "Fees",
        "Termination",
    ]
    assert "| Plan | Fee |" in source.text.splitlines()


def test_saved_web_page_diffs_clean_against_the_same_terms_in_markdown(tmp_path: Path) -> None:
    from tosdiff import compare

    html = load(write(tmp_path, "terms.html", SAVED_PAGE))
    markdown = load(write(tmp_path, "terms.md", SAVED_PAGE_MARKDOWN))
    assert compare(markdown, html).changes == []
    assert compare(html, markdown).changes == []


# --- Word and PDF dispatch ---------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_binary_formats_respect_the_size_limit(tmp_path: Path, suffix: str) -> None:
    path = write(tmp_path, f"big{suffix}", b"PK" + bytes(5000))
    with pytest.raises(InputError, match="limit"):
        load(path, max_bytes=1000)


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("garbage.docx", b"PK\x03\x04" + bytes(range(256)) * 4, "not a Word document"),
        ("garbage.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 4, "PDF"),
        ("text.docx", b"1. Fees are due.\n", "not a Word document"),
    ],
)
def test_corrupt_binary_formats_raise_input_error(
    tmp_path: Path, name: str, data: bytes, words: str
) -> None:
    path = write(tmp_path, name, data)
    with pytest.raises(InputError, match=words) as caught:
        load(path)
    assert str(path) in str(caught.value)
