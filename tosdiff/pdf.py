"""Turn a PDF into plain text that segmentation reads, one paragraph a block.

Text is extracted page by page with pypdf's layout mode, which keeps vertical gaps as
blank lines. Running headers and footers (lines repeated at the top or bottom of most
pages, digits ignored so "Page 3 of 9" repeats) and bare page numbers are removed, words
hyphenated at a line end are joined, and the lines of one paragraph are joined, so two
PDFs of the same text read the same whatever their page layout.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter

from .errors import InputError

_PAGE_NUMBER = re.compile(
    r"^[-–—\s]*(page\s+)?\d{1,4}(\s*(of|/)\s*\d{1,4})?[-–—\s]*$|^page\s+[ivxlc]+$", re.I
)
_HYPHENATED = re.compile(r"[A-Za-z\u00c0-\u024f][-\u00ad]$")
_SPACE = re.compile(r"\s+")
_LABEL = re.compile(
    r"^((article|section|clause|chapter|part|schedule|annex|appendix)\s+[0-9IVXLC]+\b"
    r"|§\s*\d|\d{1,3}(\.\d{1,3})+\.?\s|\d{1,3}[.)]\s|\(([0-9]{1,3}|[a-z]{1,2}|[ivxlc]{1,6})\)\s)",
    re.I,
)
_DIGITS = re.compile(r"\d+")
_SENTENCE_END = re.compile(r"[.;:!?)\"'\u201d]$")
# Lines looked at for running headers/footers at each end of a page.
_EDGE = 3
# Below this share of the page's longest line, a line ending a sentence ends its paragraph.
_SHORT_LINE = 0.6


def pdf_to_text(data: bytes, *, name: str = "<bytes>") -> str:
    """Return the text of a PDF; raise InputError when it has none or cannot be read."""
    pages = _extract_pages(data, name)
    if not any(line.strip() for page in pages for line in page):
        raise InputError(f"{name}: no extractable text (scanned or image-only PDF?)")
    pages = _drop_running_lines(pages)
    text = _paragraphs(pages)
    if not text.strip():
        raise InputError(f"{name}: no extractable text (scanned or image-only PDF?)")
    return text


def _extract_pages(data: bytes, name: str) -> list[list[str]]:
    """Return the lines of each page, blank lines kept where the layout has gaps."""
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # warnings on sloppy files are noise
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{name}: PDF is encrypted (password-protected); cannot read it")
        pages: list[list[str]] = []
        for page in reader.pages:
            try:
                text = page.extract_text(extraction_mode="layout")
            except (ZeroDivisionError, ValueError, KeyError, IndexError, TypeError):
                text = page.extract_text()  # layout mode fails on some odd fonts
            pages.append(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
        return pages
    except InputError:
        raise
    except FileNotDecryptedError:
        raise InputError(f"{name}: PDF is encrypted (password-protected); cannot read it") from None
    except PdfReadError as error:
        reason = str(error).splitlines()[0][:120] if str(error) else "malformed"
        raise InputError(f"{name}: not a readable PDF: {reason}") from None
    except Exception as error:  # pypdf raises many types on damaged files; none is a bug here
        if "crypt" in str(error).lower():
            raise InputError(f"{name}: PDF is encrypted and cannot be decrypted") from None
        reason = str(error).splitlines()[0][:120] if str(error) else type(error).__name__
        raise InputError(f"{name}: not a readable PDF: {reason}") from None


def _edges(lines: list[str]) -> list[int]:
    """Return the indexes of the first and last few non-blank lines of a page."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return sorted(set(filled[:_EDGE] + filled[-_EDGE:]))


def _mask(line: str) -> str:
    """Return a line with spaces collapsed and digits masked, for comparing across pages."""
    return _DIGITS.sub("#", _SPACE.sub(" ", line.strip().lower()))


def _drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Remove page numbers and lines repeated at the top or bottom of most pages."""
    seen: Counter[str] = Counter()
    for lines in pages:
        seen.update({_mask(lines[i]) for i in _edges(lines)})
    needed = max(2, (len(pages) + 1) // 2)
    result: list[list[str]] = []
    for lines in pages:
        drop = {
            i
            for i in _edges(lines)
            if _PAGE_NUMBER.match(lines[i].strip())
            or (len(pages) > 1 and seen[_mask(lines[i])] >= needed)
        }
        kept = [line for i, line in enumerate(lines) if i not in drop]
        while kept and not kept[0].strip():  # a paragraph may run on to the next page
            kept.pop(0)
        while kept and not kept[-1].strip():
            kept.pop()
        result.append(kept)
    return result


def _short_last_line(lines: list[str], widest: int) -> bool:
    """Return whether the last line of a page is short, so it ends a paragraph."""
    return bool(lines) and len(_SPACE.sub(" ", lines[-1]).strip()) < _SHORT_LINE * widest


def _paragraphs(pages: list[list[str]]) -> str:
    """Join the lines of each paragraph; paragraphs are split by gaps or short lines."""
    widest = max((len(line.strip()) for lines in pages for line in lines), default=0)
    paragraphs: list[str] = []
    current: list[str] = []

    def close() -> None:
        if current:
            paragraphs.append(" ".join(current))
            current.clear()

    for lines in pages:
        opening = _SPACE.sub(" ", lines[0]).strip() if lines else ""
        if (
            current
            and _LABEL.match(opening)
            and (len(current) == 1 or _SENTENCE_END.search(current[-1]))
        ):
            close()  # a page that opens with a clause number after a title or a sentence
        for raw in lines:
            line = _SPACE.sub(" ", raw).strip()
            if not line:
                close()
                continue
            if current and _HYPHENATED.search(current[-1]) and line[:1].islower():
                current[-1] = current[-1][:-1] + line
            else:
                current.append(line)
            if _SENTENCE_END.search(line) and len(line) < _SHORT_LINE * widest:
                close()
        if current and _short_last_line(lines, widest):
            close()  # a short line at the foot of a page ends its paragraph
    close()
    return "\n\n".join(paragraphs) + "\n"
