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
