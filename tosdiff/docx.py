"""Turn a Word document (.docx) into Markdown text that segmentation reads.

Paragraphs become blocks, Title and Heading styles become ``#`` lines and tables become
``| a | b |`` rows. Word's automatic numbering is rendered as the number a reader sees:
``w:numPr`` (on the paragraph or its style) picks a list and level, the numbering part's
``w:abstractNum`` gives each level's ``start``, ``numFmt`` and ``lvlText`` ("%1.%2.",
"(%3)"), and ``w:lvlOverride/w:startOverride`` restarts a level. As in Word, lists that
share an abstract definition share their counters; a deeper level restarts whenever a
shallower one advances.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from .errors import InputError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIP = {f"{_W}{tag}" for tag in ("del", "moveFrom", "pPr", "rPr", "instrText", "delText")}
_SKIP.add(_MC_FALLBACK)
_HEADING_STYLE = re.compile(r"heading\s*([1-9])$", re.I)
_PLACEHOLDER = re.compile(r"%([1-9])")
_SPACE = re.compile(r"\s+")
# Unpacked size allowed per byte of the size limit (a zip bomb is refused, not read).
_UNPACK_FACTOR = 10


@dataclass
class _Level:
    """One level of an abstract numbering definition."""

    start: int = 1
    fmt: str = "decimal"
    text: str | None = None
    legal: bool = False
    style: str | None = None


@dataclass
class _Numbering:
    """The numbering part: definitions, instances and the running counters."""

    abstract: dict[str, dict[int, _Level]] = field(default_factory=dict)
    instances: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    pending: dict[str, dict[int, int]] = field(default_factory=dict)

    def label(self, num_id: str, ilvl: int) -> tuple[str, str] | None:
        """Advance the counter of (num_id, ilvl) and return (format, visible label)."""
        if num_id not in self.instances:
            return None
        abstract_id, overrides = self.instances[num_id]
        levels = self.abstract.get(abstract_id, {})
        counters = self.counters.setdefault(abstract_id, {})
        pending = self.pending.setdefault(num_id, dict(overrides))
        level = levels.get(ilvl, _Level())
        if ilvl in pending:  # the first use of a restarted level in this list instance
            counters[ilvl] = pending.pop(ilvl) - 1
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return "bullet", "*"
        if level.fmt == "none" or not level.text:
            return level.fmt, ""

        def value(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            lvl = levels.get(k, _Level())
            count = counters.get(k, lvl.start)
            return _format(count, "decimal" if level.legal and k != ilvl else lvl.fmt)

        return level.fmt, _PLACEHOLDER.sub(value, level.text).strip()


def docx_to_markdown(data: bytes, *, name: str = "<bytes>", max_bytes: int = 0) -> str:
    """Return the text of a .docx file as Markdown; raise InputError when it is not one."""
    limit = (max_bytes or 20 * 1024 * 1024) * _UNPACK_FACTOR
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "word/document.xml" not in archive.namelist():
                raise InputError(f"{name}: not a Word document (no word/document.xml)")
            if sum(info.file_size for info in archive.infolist()) > limit:
                raise InputError(f"{name}: Word document unpacks to more than the size limit")
    except (zipfile.BadZipFile, EOFError, ValueError, OSError):
        raise InputError(f"{name}: not a Word document (.docx): not a valid zip file") from None
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        body = document.element.body
        styles = _read_styles(document)
        numbering = _read_numbering(document)
        lines: list[str] = []
        _render(body, lines, styles, numbering)
    except InputError:
        raise
    except Exception as error:  # python-docx and lxml raise many types on a damaged file
        reason = str(error).splitlines()[0][:120] if str(error) else type(error).__name__
        raise InputError(f"{name}: cannot read Word document: {reason}") from None
    return "\n".join(lines).strip() + "\n"


@dataclass
class _Style:
    """What a paragraph style contributes: its name, parent, numbering and outline level."""

    id: str
    name: str
    based_on: str | None
    num: tuple[str | None, int | None] | None
    outline: int | None


def _attr(element: Any, tag: str) -> str | None:
    """Return the w:val of a child element, or None."""
    child = element.find(f"{_W}{tag}") if element is not None else None
    return None if child is None else child.get(f"{_W}val")


def _int(value: str | None, default: int) -> int:
    """Return value as an int, or default when it is missing or malformed."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _num_pr(ppr: Any) -> tuple[str | None, int | None] | None:
    """Return (numId, ilvl) of a w:pPr's w:numPr, or None."""
    if ppr is None:
        return None
    num_pr = ppr.find(f"{_W}numPr")
    if num_pr is None:
        return None
    ilvl = _attr(num_pr, "ilvl")
    return _attr(num_pr, "numId"), None if ilvl is None else _int(ilvl, 0)


def _read_styles(document: Any) -> dict[str, _Style]:
    """Return the paragraph styles of a document by style id."""
    styles: dict[str, _Style] = {}
    try:
        root = document.styles.element
    except (KeyError, AttributeError, NotImplementedError):
        return styles
    for style in root.iter(f"{_W}style"):
        style_id = style.get(f"{_W}styleId")
        if not style_id:
            continue
        ppr = style.find(f"{_W}pPr")
        outline = _attr(ppr, "outlineLvl")
        styles[style_id] = _Style(
            id=style_id,
            name=_attr(style, "name") or style_id,
            based_on=_attr(style, "basedOn"),
            num=_num_pr(ppr),
            outline=None if outline is None else _int(outline, 9),
        )
    return styles


def _read_numbering(document: Any) -> _Numbering:
    """Return the numbering definitions of a document (empty when it has none)."""
    numbering = _Numbering()
    try:
        root = document.part.numbering_part.element
    except (KeyError, AttributeError, NotImplementedError):
        return numbering
    for abstract in root.iter(f"{_W}abstractNum"):
        levels = numbering.abstract.setdefault(abstract.get(f"{_W}abstractNumId") or "", {})
        for lvl in abstract.iter(f"{_W}lvl"):
            levels[_int(lvl.get(f"{_W}ilvl"), 0)] = _read_level(lvl)
    for num in root.iter(f"{_W}num"):
        overrides: dict[int, int] = {}
        for override in num.iter(f"{_W}lvlOverride"):
            start = _attr(override, "startOverride")
            if start is not None:
                overrides[_int(override.get(f"{_W}ilvl"), 0)] = _int(start, 1)
        abstract_id = _attr(num, "abstractNumId") or ""
        numbering.instances[num.get(f"{_W}numId") or ""] = (abstract_id, overrides)
    return numbering


def _read_level(lvl: Any) -> _Level:
    """Return one w:lvl of an abstract numbering definition."""
    legal = lvl.find(f"{_W}isLgl")
    return _Level(
        start=_int(_attr(lvl, "start"), 1),
        fmt=_attr(lvl, "numFmt") or "decimal",
        text=_attr(lvl, "lvlText"),
        legal=legal is not None and legal.get(f"{_W}val") not in ("0", "false"),
        style=_attr(lvl, "pStyle"),
    )


def _style_chain(style_id: str | None, styles: dict[str, _Style]) -> list[_Style]:
    """Return a style and the styles it is based on, nearest first."""
    chain: list[_Style] = []
    while style_id and style_id in styles and len(chain) < 20:
        chain.append(styles[style_id])
        style_id = styles[style_id].based_on
    return chain


def _render(
    container: Any, lines: list[str], styles: dict[str, _Style], numbering: _Numbering
) -> None:
    """Append Markdown blocks for the paragraphs and tables of a container."""
    for child in container:
        tag = child.tag
        if tag == f"{_W}p":
            block = _paragraph(child, styles, numbering)
            if block:
                lines.extend([block, ""])
        elif tag == f"{_W}tbl":
            rows = _table(child)
            if rows:
                lines.extend([*rows, ""])
        elif tag in (f"{_W}sdt", f"{_W}customXml"):
            content = child.find(f"{_W}sdtContent") if tag == f"{_W}sdt" else child
            if content is not None:
                _render(content, lines, styles, numbering)


def _paragraph(p: Any, styles: dict[str, _Style], numbering: _Numbering) -> str:
    """Return one paragraph as a Markdown line (heading, numbered or plain)."""
    ppr = p.find(f"{_W}pPr")
    chain = _style_chain(_attr(ppr, "pStyle"), styles)
    text = _text(p)
    heading = _heading_level(ppr, chain)
    label, fmt = "", None
    num = _num_pr(ppr) or next((s.num for s in chain if s.num), None)
    if num is not None and num[0] not in (None, "0"):
        num_id = num[0] or ""
        ilvl = num[1] if num[1] is not None else _level_of_style(num_id, chain, numbering)
        result = numbering.label(num_id, ilvl if 0 <= ilvl <= 8 else 0)
        if result is not None:
            fmt, label = result
    if not text:
        return ""
    if heading:
        return "#" * heading + " " + (f"{label} {text}" if label and fmt != "bullet" else text)
    if fmt == "bullet":
        ilvl = (num[1] or 0) if num else 0
        return "    " * min(ilvl, 8) + f"* {text}"
    if label:
        return f"{label} {text}"
    return _escape(text)


def _heading_level(ppr: Any, chain: list[_Style]) -> int:
    """Return the Markdown heading level of a paragraph, 0 for body text."""
    outline = _attr(ppr, "outlineLvl")
    if outline is not None and 0 <= _int(outline, 9) <= 5:
        return _int(outline, 9) + 1
    for style in chain:
        name = style.name.strip()
        if name.lower() == "title":
            return 1
        match = _HEADING_STYLE.match(name)
        if match:
            return min(int(match.group(1)), 6)
        if style.outline is not None and 0 <= style.outline <= 5:
            return style.outline + 1
    return 0


def _level_of_style(num_id: str, chain: list[_Style], numbering: _Numbering) -> int:
    """Return the list level linked to a paragraph's style (w:lvl/w:pStyle), else 0."""
    abstract_id = numbering.instances.get(num_id, ("", {}))[0]
    ids = {style.id for style in chain}
    for ilvl, level in numbering.abstract.get(abstract_id, {}).items():
        if level.style and level.style in ids:
            return ilvl
    for style in chain:
        if style.num and style.num[1] is not None:
            return style.num[1]
    return 0


def _text(element: Any) -> str:
    """Return the visible text of a paragraph or cell, whitespace collapsed."""
    parts: list[str] = []
    stack = [element]
    while stack:
        node = stack.pop()
        tag = node.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == f"{_W}t":
            parts.append(node.text or "")
        elif tag in (f"{_W}tab", f"{_W}br", f"{_W}cr"):
            parts.append(" ")
        elif tag == f"{_W}noBreakHyphen":
            parts.append("-")
        elif tag == f"{_W}p" and node is not element:
            parts.append(" ")
        stack.extend(reversed(list(node)))
    return _SPACE.sub(" ", "".join(parts)).strip()


def _table(tbl: Any) -> list[str]:
    """Return a table as Markdown rows, one row a line."""
    rows: list[str] = []
    for tr in tbl.iter(f"{_W}tr"):
        cells = [_text(tc).replace("|", "/") for tc in tr.findall(f"{_W}tc")]
        if any(cells):
            rows.append("| " + " | ".join(cells) + " |")
    return rows


def _escape(text: str) -> str:
    """Keep a body paragraph from reading as a Markdown heading, rule or table row."""
    if text.startswith(("#", "|", "---", "***", ">")):
        return "\\" + text
    return text


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip


def _format(value: int, fmt: str) -> str:
    """Return a counter value in a Word number format (decimal, letters, roman)."""
    if fmt in ("lowerLetter", "upperLetter") and value > 0:
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman") and 0 < value < 4000:
        roman = ""
        for number, digits in _ROMAN:
            while value >= number:
                roman, value = roman + digits, value - number
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero" and 0 <= value < 10:
        return f"0{value}"
    return str(value)
