"""Split an agreement into clauses: paragraphs, list items, table rows and headings.

Numbering is read the way people write it: ``Article 3 Title``, ``Section 4.2``,
``3.10.1``, ``6.3.``, ``1.``, ``(2)``, ``(a)``, ``(iv)``, ``§ 5`` and Markdown headings
(``## 7. Fees``). Each clause gets the reference a reader would cite ("3.8",
"2.4.2(1)", "Article 3"); an unnumbered paragraph takes the number of the clause above.
"""

from __future__ import annotations

import functools
import itertools
import re
import string
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from . import regexcache
from .model import Clause, Document, Source

_ATX = regexcache.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = regexcache.compile(r"^\s{0,3}(=+|-+)\s*$")
_BULLET = regexcache.compile(r"^(\s*)([*+\-•·])\s+(.*)$")
_ORDERED = regexcache.compile(r"^(\s*)(\d{1,3})([.)])\s+(.*)$")
_TABLE_ROW = regexcache.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = regexcache.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_HRULE = regexcache.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_QUOTE = regexcache.compile(r"^\s*>\s?")

_ARTICLE = regexcache.compile(
    r"^(?P<word>article|art\.|section|sec\.|clause|chapter|part|schedule|annex|appendix"
    r"|exhibit)\s+(?P<num>\d+(?:\.\d+)*[a-z]?|[IVXLC]+|[A-Z])(?![\w.])[.:]?\s*",
    re.IGNORECASE,
)
_SECTION_SIGN = regexcache.compile(r"^§+\s*(?P<num>\d+(?:\.\d+)*[a-z]?)\.?(?=\s|$)\s*")
# "3.10.1"; not an IP address ("123.45.67.89 - 25/Mar/2003", a log line quoted in a
# privacy policy): four numbers, one of them of three digits
_DOTTED = regexcache.compile(
    r"^(?!(?=[\d.]*\d{3})(?:\d{1,3}\.){3}\d{1,3}(?![.\d]))"
    r"(?P<num>\d{1,3}(?:\.\d{1,3})+)\.?(?=\s|$)\s*"
)
_INTEGER = regexcache.compile(r"^(?P<num>\d{1,3})[.)](?=\s)\s*")
_PAREN = regexcache.compile(r"^\((?P<num>\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6}|[A-Z])\)\s*")
_LETTER = regexcache.compile(r"^(?P<num>[a-z]|[ivx]{1,5}|[A-Z])[.)]\s+")
_LABELS = (
    ("article", _ARTICLE),
    ("section", _SECTION_SIGN),
    ("dotted", _DOTTED),
    ("integer", _INTEGER),
    ("paren", _PAREN),
    ("letter", _LETTER),
)

# The characters of \s (those str.isspace() accepts), for use inside a set: the regex
# engine tests listed characters several times faster than the \s category there.
_SPACE_CHARS = "\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# A link or, with a "!" just before it, an image. The "!" is left out of the pattern:
# a pattern that opens with "[" lets the regex engine skip quickly from "[" to "[".
# a link's target in brackets, maybe in angle brackets and with a title: "(url "title")"
_TARGET = r"\(\s*<?([^)>" + _SPACE_CHARS + r"]*)>?(?:\s+\"[^\"]*\")?\s*\)"
_LINK = regexcache.compile(r"\[([^\]]*)\]" + _TARGET)
# an image that is a link's whole label ("[![Acme logo](logo.svg)](https://acme.test/)"):
# a linked picture, whose alt text is no text of the page
_LINKED_IMAGE = regexcache.compile(r"\[\s*!\[[^\]]*\]" + _TARGET + r"\s*\]" + _TARGET)
# a block that is links and nothing else, after a list marker or a clause number, maybe
# in bold: one link, or links side by side ("[Prev ...](...) [Next ...](...)", "[App
# Store](...) | [Google Play](...)")
_LINK_ALONE = regexcache.compile(
    r"(?:\d[\d.]{0,7}[.)]?\s+)?(?:[*+-]\s+|\d{1,3}[.)]\s+)?(?:[*_]*"
    + _LINK.pattern
    + r"[*_]*(?:\s*[|·•]\s*|\s+|$))+"
)
_AUTOLINK = regexcache.compile(r"<(https?://[^>\s]+)>")
# a URL written out in text, without the punctuation that may follow it
_WRITTEN_URL = regexcache.compile(r"https?://[^\s<>()\[\]\"']*[^\s<>()\[\]\"'.,;:!?]")
_URL_MARK = "<link>"  # what stands for a written-out URL in a clause's comparison key
_HTML_TAG = regexcache.compile(r"</?[a-zA-Z][^>]*>")
# tags that end a line or a block stand between words ("Name<br><br>Year of birth", a
# list in a table cell): a space, where other tags ("<b>", "<span>") go unseen
_HTML_BREAK = regexcache.compile(
    r"(?:[ \t]*</?(?:br|p|div|li|ul|ol|tr|td|th|table|h[1-6]|hr|dd|dt|dl)\b[^>]*>[ \t]*)+", re.I
)
_STRONG_UNDERSCORE = regexcache.compile(r"_{2,3}")
# _emphasis_ between word boundaries; an underscore inside a word ("snake_case") stays
_EMPHASIS_UNDERSCORE = regexcache.compile(r"(?<!\w)_(?=\S)([^_\n]*?\S)_(?!\w)")
_ESCAPE = regexcache.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
# escaped marks the emphasis passes would take for markup, held as private-use
# characters until those passes are done ("\*_Note_" is "*Note", not "\Note")
_HELD = {"*": "\ue000", "_": "\ue001", "`": "\ue002"}
_RELEASE = str.maketrans({held: mark for mark, held in _HELD.items()})
_SPACE = regexcache.compile(r"\s+")
_SPACE_RUN = regexcache.compile("  [ ]*")  # opening with two literal spaces makes its search fast
_MARKDOWN_MARK = regexcache.compile(r"^\s{0,3}(#{1,6}\s|[*+-]\s|=+\s*$|-{3,}\s*$)", re.M)
_MARKDOWN_LINK = regexcache.compile(r"\]\([^)]+\)")
# Typographic characters folded to ASCII (or dropped) before NFKC.
_FOLD = tuple(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2012": "-",
        "\u2212": "-",
        "\u2026": "...",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200b": "",
        "\u200c": "",
        "\u200d": "",
        "\u2060": "",
        "\ufeff": "",
        "\u00ad": "",
    }.items()
)
_ROMAN = set("ivxlc")
_TITLE_MAX_WORDS = 14


@dataclass
class _Block:
    """A raw block of source lines before numbering is read."""

    lines: list[str]
    start: int  # 1-based line numbers
    end: int
    kind: str  # paragraph | heading | item | row
    level: int = 0  # heading level, or list indent
    ordered: str | None = None  # ordinal of a Markdown ordered list item


@dataclass
class _State:
    """Numbering context while walking the blocks in order."""

    section: str | None = None
    section_index: int | None = None
    section_from_heading: bool = False
    section_is_integer: bool = False
    items: list[tuple[str, str, int]] = field(default_factory=list)  # style, value, idx
    numbered: dict[str, int] = field(default_factory=dict)  # "3.8" / "3" -> clause index
    headings: list[tuple[int, str, int]] = field(default_factory=list)  # level, text, idx


def normalize(text: str) -> str:
    """Return text folded for comparison: quotes, dashes, spaces and width unified."""
    if not text.isascii():
        # str.translate with a dict costs a lookup and a caught KeyError per character
        # of non-ASCII text; one C-level search per folded character is far quicker.
        for char, replacement in _FOLD:
            if char in text:
                text = text.replace(char, replacement)
        text = unicodedata.normalize("NFKC", text)
    if text.isascii() and not _has_control_space(text):
        # Plain spaces are the only whitespace: collapsing their runs with one regex
        # pass is quicker than splitting the text into words and joining them again.
        if "  " in text:
            text = _SPACE_RUN.sub(" ", text)
        return text.strip(" ")
    return " ".join(text.split())


def _has_control_space(text: str) -> bool:
    """Return whether text holds an ASCII whitespace character other than the space.

    Nine substring searches run at memchr speed; str.isprintable() is slower, as it
    looks every character up in the Unicode database.
    """
    return (
        "\t" in text
        or "\n" in text
        or "\r" in text
        or "\x0b" in text
        or "\x0c" in text
        or "\x1c" in text
        or "\x1d" in text
        or "\x1e" in text
        or "\x1f" in text
    )


def strip_markup(text: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """Return (plain text, link targets, image URLs) of one Markdown block."""
    links: list[str] = []
    images: list[str] = []
    # Each pass is skipped when its marker is absent: most clauses carry no markup.
    escaped = "\\" in text
    if escaped:
        text = _ESCAPE.sub(lambda m: _HELD.get(m.group(1), m.group(0)), text)
    if "](" in text:
        text = _replace_links(text, links, images)
    if "<" in text:
        if "<http" in text:
            text = _AUTOLINK.sub(lambda m: _keep_link(m.group(1), links), text)
        text = _HTML_TAG.sub("", _HTML_BREAK.sub(" ", text))
    if "*" in text or "_" in text or "`" in text:
        # str.replace is an order of magnitude faster than one alternation regex here
        text = text.replace("*", "").replace("`", "")
        if "__" in text:
            text = _STRONG_UNDERSCORE.sub("", text)
        if "_" in text:
            text = _EMPHASIS_UNDERSCORE.sub(r"\1", text)
    if escaped:
        text = _ESCAPE.sub(r"\1", text).translate(_RELEASE)
    return text, tuple(links), tuple(images)


def _keep_link(url: str, links: list[str]) -> str:
    """Record an autolink's target and return the text that stands for it (the URL)."""
    links.append(url)
    return url


def _keep_linked_image(match: re.Match[str], links: list[str], images: list[str]) -> str:
    """Record a linked image's picture and target, and return no text for it."""
    images.append(match.group(1))
    links.append(match.group(2))
    return ""


def _replace_links(text: str, links: list[str], images: list[str]) -> str:
    """Return text with each link replaced by its label and each image removed.

    The targets are appended to links and images in reading order, those of linked
    pictures ("[![logo](logo.svg)](https://...)") first.
    """
    if "[![" in text:
        text = _LINKED_IMAGE.sub(lambda m: _keep_linked_image(m, links, images), text)
    parts = _LINK.split(text)  # [text, label, url, text, label, url, ..., text]
    if "![" not in text:  # links only: no per-link Python work
        links.extend(parts[2::3])
        del parts[2::3]
        return "".join(parts)
    pieces = [parts[0]]
    for at in range(1, len(parts), 3):
        label, url, after = parts[at : at + 3]
        # An image's "!" ends the text before it (never the previous link's ")").
        if pieces[-1].endswith("!"):
            images.append(url)
            pieces[-1] = pieces[-1][:-1]
        else:
            links.append(url)
            pieces.append(label)
        pieces.append(after)
    return "".join(pieces)


def _split_blocks(text: str, plain: bool) -> list[_Block]:
    """Split source text into raw blocks, keeping 1-based line spans."""
    blocks: list[_Block] = []
    current: _Block | None = None

    def close() -> None:
        nonlocal current
        if current is not None:
            blocks.append(current)
            current = None

    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if not stripped:
            close()
            continue
        # Each pattern below can only match a line whose first non-space character is
        # the one tested before it; testing that first skips most regex calls.
        first = stripped[0]
        hrule = _HRULE.match(line) if first in "-*_" else None
        if hrule and not (current and _SETEXT.match(line)):
            close()
            continue
        setext = _SETEXT.match(line) if first in "=-" else None
        if setext and current is not None and current.kind == "paragraph":
            current.kind = "heading"
            current.level = 1 if setext.group(1).startswith("=") else 2
            current.end = number
            close()
            continue
        atx = _ATX.match(line) if first == "#" else None
        if atx:
            close()
            blocks.append(_Block([atx.group(2)], number, number, "heading", len(atx.group(1))))
            continue
        if first in "|:-" and "-" in line and _TABLE_RULE.match(line) and ("|" in line or current):
            continue
        if first == "|" and _TABLE_ROW.match(line):
            close()
            blocks.append(_Block([stripped], number, number, "row"))
            continue
        if first == ">":
            line = _QUOTE.sub("", line)
            first = line.lstrip()[:1]
            hrule = _HRULE.match(line) if first in "-*_" else None
        bullet = _BULLET.match(line) if first in "*+-•·" else None
        ordered = _ORDERED.match(line) if first.isdigit() else None
        if bullet and not hrule:
            close()
            indent = len(bullet.group(1).expandtabs(4))
            current = _Block([bullet.group(3)], number, number, "item", indent)
            continue
        if ordered and not plain:
            close()
            indent = len(ordered.group(1).expandtabs(4))
            current = _Block([ordered.group(4)], number, number, "item", indent)
            current.ordered = ordered.group(2)
            continue
        if current is not None and plain and _starts_with_label(stripped):
            close()
        if current is None:
            current = _Block([], number, number, "paragraph")
        current.lines.append(stripped)
        current.end = number
    close()
    return blocks


def _looks_like_markdown(text: str) -> bool:
    """Guess whether text is Markdown (headings, lists, links) rather than plain text."""
    sample = text[:200_000]
    # Three marks or links decide it; stop scanning there.
    hits = itertools.chain(_MARKDOWN_MARK.finditer(sample), _MARKDOWN_LINK.finditer(sample))
    return len(list(itertools.islice(hits, 3))) == 3


def _starts_with_label(text: str) -> bool:
    """Return whether a plain-text line opens a new numbered clause."""
    return bool(
        _ARTICLE.match(text)
        or _SECTION_SIGN.match(text)
        or _DOTTED.match(text)
        or _INTEGER.match(text)
        or _PAREN.match(text)
    )


@functools.cache
def _label_patterns(first: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Return, in order of precedence, the label patterns that can match a text
    opening with the character first (most texts open with none of them)."""
    possible = {
        # IGNORECASE also lets "s" match the long s, hence any non-ASCII character
        "article": not first.isascii() or first.lower() in "acpse",
        "section": first == "§",
        "dotted": first.isdigit(),
        "integer": first.isdigit(),
        "paren": first == "(",
        "letter": first in string.ascii_letters,
    }
    return tuple((kind, pattern) for kind, pattern in _LABELS if first and possible[kind])


def _read_label(text: str) -> tuple[str | None, str | None, str]:
    """Return (label kind, label value, rest of text) for the label opening text."""
    for kind, pattern in _label_patterns(text[:1]):
        match = pattern.match(text)
        if match:
            value = match.group("num")
            if kind == "article":
                word = match.group("word").rstrip(".").capitalize()
                word = {"Art": "Article", "Sec": "Section"}.get(word, word)
                value = f"{word} {value}"
            return kind, value, text[match.end() :]
        if kind == "letter" and len(text) > 3 and text[1] in ".)" and text[0].isupper():
            break
    return None, None, text


def _item_style(value: str, items: list[tuple[str, str, int]]) -> str:
    """Return the list style of an item value: digit, alpha, roman or upper."""
    if value.isdigit():
        return "digit"
    if value.isupper():
        return "upper"
    if set(value) <= _ROMAN:
        alpha = next((v for s, v, _ in items if s == "alpha"), None)
        if (
            value in ("i", "v", "x", "l", "c")
            and alpha is not None
            and len(alpha) == 1
            and ord(value) == ord(alpha) + 1
        ):
            return "alpha"
        if len(value) > 1 or any(s == "roman" for s, _, _ in items) or alpha:
            return "roman"
        return "roman" if value == "i" else "alpha"
    return "alpha"


def _is_title(text: str, kind: str | None) -> bool:
    """Return whether a block reads as a title line rather than a sentence."""
    words = text.split()
    if not words or len(words) > _TITLE_MAX_WORDS:
        return False
    if kind in ("paren", "letter"):
        return False
    return text.rstrip()[-1] not in ".;:,?!" or text.rstrip().endswith("etc.")


# What segment() reads from one block's raw text: (body, links, images, label kind,
# label, rest after the label, key). It depends on that text alone.
BlockText = tuple[str, tuple[str, ...], tuple[str, ...], str | None, str | None, str, str]


def segment(source: Source, *, memo: dict[str, BlockText] | None = None) -> Document:
    """Return the clause tree of a loaded agreement.

    Pass the same memo dict when segmenting both versions of one agreement: blocks whose
    text the other version already had skip markup stripping, label reading and key
    normalisation.
    """
    if memo is None:
        memo = {}
    plain = not _looks_like_markdown(source.text)
    raw_blocks = _split_blocks(source.text, plain)
    clauses: list[Clause] = []
    state = _State()
    for block in raw_blocks:
        raw = " ".join([part.strip() for part in block.lines])
        known = memo.get(raw)
        if known is None:
            known = memo[raw] = _block_text(raw)
        body, links, images, label_kind, label, rest, key = known
        if not key and not images and not label:  # nothing to read: invisible characters
            continue
        bold_title = raw.startswith(("**", "__")) and raw.rstrip().endswith(("**", "__"))
        if block.kind == "item" and block.ordered and label_kind is None:
            label_kind, label = "integer", block.ordered
        is_heading = block.kind == "heading" or (
            block.kind == "paragraph"
            and (
                bold_title
                or (plain and label_kind in (None, "article", "dotted", "integer", "section"))
            )
            and _is_title(rest or body, label_kind)
            and (label_kind is not None or bold_title or len(rest.split()) <= 10)
        )
        index = len(clauses)
        number, parent = _number(state, block, label_kind, label, is_heading, index)
        heading_text = rest.strip() if is_heading else None
        if is_heading:
            _push_heading(state, block, heading_text or body, index)
        enclosing = heading_text or (state.headings[-1][1] if state.headings else None)
        if not key and images:
            key = "[image]"
        display = (
            body
            if block.ordered is None or label_kind != "integer" or body.startswith(label or "")
            else f"{label}. {body}"
        )
        clauses.append(
            _clause(
                index=index,
                number=number,
                label=label,
                heading=enclosing,
                text=display,
                key=key,
                lines=(block.start, block.end),
                parent=parent,
                is_heading=is_heading,
                # a bullet, or a number _number() took as an item of the list in progress
                is_item=not is_heading
                and (block.kind == "item" or bool(state.items and state.items[-1][2] == index)),
                links=links,
                images=images,
                link_only=bool(links) and _LINK_ALONE.fullmatch(raw.strip()) is not None,
                marked_heading=block.kind == "heading",
            )
        )
    title = next((c.text for c in clauses if c.is_heading), None)
    if title is None and clauses:
        title = clauses[0].text[:120]
    return Document(source=source, title=title, clauses=tuple(clauses))


def _clause(**fields: Any) -> Clause:
    """Return Clause(**fields) for all its fields, without the frozen dataclass __init__.

    That __init__ sets each field through object.__setattr__, which takes ~2 µs for
    a clause; filling the instance dict directly takes a fifth of that.
    """
    clause = object.__new__(Clause)
    clause.__dict__.update(fields)
    return clause


def clause_key(text: str) -> str:
    """Return the comparison key (Clause.key) of a clause's text."""
    return _block_text(text)[6]


def _block_text(raw: str) -> BlockText:
    """Return what segment() reads from the raw text of one block."""
    body, links, images = strip_markup(raw)
    body = body.strip()
    label_kind, label, rest = _read_label(body)
    # A label taken from a Markdown list ordinal leaves rest == body: the key is the same.
    key = normalize(rest if label_kind else body)
    if "://" in key:
        # A web address written out in the text is a link target like any other: it is
        # compared as a link (a changed one is link noise), not as words of the clause.
        written = _WRITTEN_URL.findall(key)
        key = _WRITTEN_URL.sub(_URL_MARK, key)
        links = links + tuple(url for url in written if url not in links)  # not autolinks again
    return body, links, images, label_kind, label, rest, key


def _push_heading(state: _State, block: _Block, text: str, index: int) -> None:
    """Record a heading so following paragraphs know their section title."""
    level = block.level if block.kind == "heading" else 7
    while state.headings and state.headings[-1][0] >= level:
        state.headings.pop()
    state.headings.append((level, text, index))


def _number(
    state: _State,
    block: _Block,
    kind: str | None,
    label: str | None,
    is_heading: bool,
    index: int,
) -> tuple[str | None, int | None]:
    """Return (number, parent index) of a block and update the numbering state."""
    if kind in ("article", "section", "dotted") or (
        kind == "integer" and _integer_is_absolute(state, block, is_heading, label)
    ):
        assert label is not None
        number = f"§ {label}" if kind == "section" else label
        parent = _parent_of_absolute(state, number)
        state.numbered[number.split()[-1].lstrip("§")] = index
        state.section, state.section_index = number, index
        state.section_from_heading = is_heading
        state.section_is_integer = kind == "integer"
        state.items = []
        return number, parent
    if kind in ("paren", "letter", "integer") and label is not None:
        style = _item_style(label, state.items)
        depth = next((i for i, (s, _, _) in enumerate(state.items) if s == style), None)
        if depth is not None:
            del state.items[depth:]
        parent = state.items[-1][2] if state.items else state.section_index
        state.items.append((style, label, index))
        return _item_number(state), parent
    if is_heading:
        state.items = []
        if block.kind == "heading":
            state.section, state.section_index = None, index
            state.section_from_heading = True
        level = block.level if block.kind == "heading" else 7
        parent = next((i for lvl, _, i in reversed(state.headings) if lvl < level), None)
        return state.section, parent
    if block.kind == "item" and state.items:
        return _item_number(state), state.items[-1][2]
    return state.section, state.section_index


def _item_number(state: _State) -> str:
    """Return the reference of the innermost list item, e.g. "2.4.2(1)(a)"."""
    base = state.section or ""
    return base + "".join(f"({value})" for _, value, _ in state.items)


def _integer_is_absolute(
    state: _State, block: _Block, is_heading: bool, label: str | None = None
) -> bool:
    """Decide whether "7." is a top-level clause number or an item in a list."""
    if is_heading:
        return True
    if state.section is None:
        return block.kind != "item" or block.level == 0
    if not (state.section_is_integer and not state.section_from_heading):
        return False
    if not state.items:
        return True
    # "3." after "2." and its items "a." to "c." is the next clause, unless a list
    # numbered "1.", "2." is in progress that it continues
    return (
        block.kind != "item"
        and _follows(state.section, label)
        and not any(style == "digit" and _follows(value, label) for style, value, _ in state.items)
    )


def _follows(number: str | None, label: str | None) -> bool:
    """Return whether label is the integer after number ("2" -> "3")."""
    if not (number and label and number.isdigit() and label.isdigit()):
        return False
    return int(label) == int(number) + 1


def _parent_of_absolute(state: _State, number: str) -> int | None:
    """Return the index of the clause an absolute number hangs under, and record it."""
    digits = number.split()[-1].lstrip("§")
    parent = None
    if "." in digits:
        prefix = digits.rsplit(".", 1)[0]
        while parent is None and prefix:
            parent = state.numbered.get(prefix)
            prefix = prefix.rsplit(".", 1)[0] if "." in prefix else ""
    return parent
