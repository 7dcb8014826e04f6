"""Read an agreement from a file or string into a Source: decoded, normalised text.

Plain text and Markdown pass through; HTML is converted to Markdown (headings, list
numbering and tables kept; scripts, styles, navigation and cookie banners dropped); Word
documents (.docx) become Markdown with their automatic numbering shown (tosdiff.docx);
PDFs become plain text without running headers, footers and page numbers (tosdiff.pdf).
"""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

from .errors import InputError
from .model import Source

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_HTML_SNIFF = re.compile(rb"<!doctype html|<html[\s>]|<body[\s>]|<(div|p|h[1-6])[\s>]", re.I)
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown"}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc and other Office binaries
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def load(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Read an agreement file (text, Markdown, HTML, .docx or PDF) and return its Source."""
    file = Path(path)
    name = str(path)
    if not file.exists():
        raise InputError(f"{name}: no such file")
    if file.is_dir():
        raise InputError(f"{name}: is a directory, not a file")
    try:
        size = file.stat().st_size
        if size > max_bytes:
            raise InputError(f"{name}: file is {_size(size)}, over the {_size(max_bytes)} limit")
        data = file.read_bytes()
    except OSError as error:
        raise InputError(f"{name}: cannot read: {error.strerror or error}") from None
    return load_bytes(data, name=name, suffix=file.suffix.lower(), max_bytes=max_bytes)


def load_bytes(
    data: bytes,
    *,
    name: str = "<bytes>",
    suffix: str = "",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Source:
    """Decode raw bytes of an agreement and return its Source."""
    if len(data) > max_bytes:
        raise InputError(f"{name}: input is {_size(len(data))}, over the {_size(max_bytes)} limit")
    if not data.strip():
        raise InputError(f"{name}: file is empty")
    binary = _load_binary(data, name=name, suffix=suffix, max_bytes=max_bytes)
    if binary is not None:
        return binary
    text = decode(data, name=name)
    is_html = suffix in _HTML_SUFFIXES or (
        suffix not in _MARKDOWN_SUFFIXES and bool(_HTML_SNIFF.search(data[:4096]))
    )
    if is_html:
        from .html import html_to_markdown

        text = html_to_markdown(text)
        fmt = "html"
    else:
        fmt = "markdown" if suffix in _MARKDOWN_SUFFIXES else "text"
    return load_text(text, name=name, format=fmt)


def _load_binary(data: bytes, *, name: str, suffix: str, max_bytes: int) -> Source | None:
    """Return the Source of a Word document or PDF, or None for any other input."""
    if suffix == ".docx" or (data.startswith(b"PK") and b"word/document.xml" in data):
        from .docx import docx_to_markdown

        text = docx_to_markdown(data, name=name, max_bytes=max_bytes)
        return load_text(text, name=name, format="docx")
    if suffix == ".pdf" or data.lstrip()[:5] == b"%PDF-":
        if b"%PDF-" not in data[:1024]:
            raise InputError(f"{name}: not a PDF (no %PDF- header)")
        from .pdf import pdf_to_text

        return load_text(pdf_to_text(data, name=name), name=name, format="pdf")
    if data.startswith(_OLE_MAGIC):
        raise InputError(f"{name}: legacy Word (.doc) or other Office binary; save it as .docx")
    return None


def _size(n: int) -> str:
    """Return a byte count in readable units."""
    if n >= 1048576:
        return f"{n / 1048576:.1f} MB"
    return f"{n / 1024:.1f} KB" if n >= 1024 else f"{n} bytes"


def load_text(text: str, *, name: str = "<text>", format: str = "text") -> Source:
    """Return a Source for text already in memory, with line endings normalised."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if not text.strip():
        raise InputError(f"{name}: no text to compare")
    return Source(text=text, name=name, format=format)


def decode(data: bytes, *, name: str = "<bytes>") -> str:
    """Decode bytes as UTF-8/16/32 (with or without BOM) or a detected legacy charset."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(f"{name}: bytes do not match its {encoding} mark") from None
    if _looks_like_utf16(data):
        try:
            return data.decode("utf-16-le" if data[1:2] == b"\0" else "utf-16-be")
        except UnicodeDecodeError:
            pass
    if b"\0" in data[:8192]:
        raise InputError(f"{name}: binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _detect(data, name)
    if _control_ratio(text) > 0.05:
        raise InputError(f"{name}: binary file, not text")
    return text


def _looks_like_utf16(data: bytes) -> bool:
    """Return whether bytes look like BOM-less UTF-16 text (every other byte NUL)."""
    sample = data[:2048]
    if len(sample) < 4:
        return False
    even, odd = sample[0::2], sample[1::2]
    return odd.count(0) > 0.7 * len(odd) or even.count(0) > 0.7 * len(even)


def _detect(data: bytes, name: str) -> str:
    """Decode non-UTF-8 bytes with charset detection; refuse what no charset fits."""
    from charset_normalizer import from_bytes

    mostly_utf8 = data.decode("utf-8", errors="replace")
    bad = mostly_utf8.count("\ufffd")
    if (
        bad
        and bad <= max(1, len(mostly_utf8) // 1000)
        and any(ord(c) > 127 and c != "\ufffd" for c in mostly_utf8)
    ):
        return mostly_utf8  # valid UTF-8 with a stray bad byte: keep the rest intact
    western = _as_western(data)
    if western is not None:
        return western
    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding in ("utf_8",) or best.chaos > 0.3:
        raise InputError(f"{name}: cannot decode: not UTF-8 and no other text encoding fits")
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise InputError(f"{name}: cannot decode as {best.encoding}") from None


_WESTERN_SIGNS = set("–—‘’‚“”„•€…«»°§©®™·±×÷¿¡ªº")


def _as_western(data: bytes) -> str | None:
    """Return data decoded as Windows-1252 when every non-ASCII character is a letter
    or common typographic sign (the usual legacy encoding of Western text)."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    extra = [ch for ch in text if ord(ch) > 127]
    if extra and all(ch.isalpha() or ch in _WESTERN_SIGNS for ch in extra):
        return text
    return None


def _control_ratio(text: str) -> float:
    """Return the share of control characters, a sign of binary data."""
    sample = text[:8192]
    if not sample:
        return 0.0
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    return controls / len(sample)
