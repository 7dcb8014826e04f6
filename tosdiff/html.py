"""Turn an HTML page into Markdown that keeps what segmentation needs.

Headings become ``#`` lines, ordered lists keep their numbers (``start`` honoured),
tables become ``| a | b |`` rows and links stay links. Scripts, styles, navigation,
headers, footers, forms and cookie/consent banners are dropped; when the page has a
``<main>`` or ``<article>`` only that part is kept.
"""

from __future__ import annotations

import re
import warnings

from bs4 import BeautifulSoup, Comment, MarkupResemblesLocatorWarning, Tag
from bs4.element import NavigableString

from . import regexcache

_DROP_TAGS = (
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside",
    "form", "button", "select", "iframe", "svg", "canvas", "dialog", "head",
)  # fmt: skip
_BANNER = regexcache.compile(r"cookie|consent|gdpr-banner|onetrust|cmp-|newsletter|skip-link", re.I)
_CHROME_ROLES = {"navigation", "banner", "contentinfo", "search", "dialog", "alertdialog"}
_BLOCKS = {"p", "div", "section", "article", "main", "blockquote", "dd", "dt", "figure",
           "address", "pre", "center", "body"}  # fmt: skip
_SPACE = regexcache.compile(r"[ \t\r\f\v]+")


def html_to_markdown(html: str, *, selector: str | None = None) -> str:
    """Return the agreement in an HTML page as Markdown text."""
    with warnings.catch_warnings():  # a short page may look like a file name or URL to bs4
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(html, "html.parser")
    root: Tag | BeautifulSoup | None = None
    if selector:
        root = soup.select_one(selector)
    if root is None:
        root = (
            soup.find("main")
            or soup.find(None, {"role": "main"})
            or soup.find("article")
            or soup.body
            or soup
        )
    _strip_chrome(root)
    lines: list[str] = []
    _render(root, lines)
    text = "\n".join(line.rstrip() for line in lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _strip_chrome(root: Tag | BeautifulSoup) -> None:
    """Remove scripts, navigation, banners and comments in place."""
    for comment in root.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in root.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in root.find_all(True):
        if tag.decomposed or not isinstance(tag, Tag) or tag.attrs is None:
            continue
        role = str(tag.get("role") or "")
        marks = " ".join([str(tag.get("id") or ""), *map(str, tag.get("class") or [])])
        hidden = tag.has_attr("hidden") or tag.get("aria-hidden") == "true"
        if role in _CHROME_ROLES or hidden or (marks.strip() and _BANNER.search(marks)):
            tag.decompose()


def _inline(node: Tag | NavigableString) -> str:
    """Return the inline Markdown of a node: text with links and emphasis."""
    if isinstance(node, NavigableString):
        return str(node)
    name = node.name
    if name == "br":
        return "\n"
    if name == "img":
        alt = str(node.get("alt") or "")
        return f"![{alt}]({node.get('src') or ''})"
    inner = "".join(
        _inline(child) for child in node.children if isinstance(child, Tag | NavigableString)
    )
    if name == "a" and node.get("href"):
        label = inner.strip()
        return f"[{label}]({node['href']})" if label else ""
    if name in ("strong", "b") and inner.strip():
        return f"**{inner.strip()}**"
    if name in ("em", "i") and inner.strip():
        return f"*{inner.strip()}*"
    return inner


def _clean(text: str) -> str:
    """Collapse runs of spaces inside each line and drop empty lines."""
    parts = [_SPACE.sub(" ", line).strip() for line in text.split("\n")]
    return " ".join(part for part in parts if part)


def _render(node: Tag | BeautifulSoup, lines: list[str], depth: int = 0) -> None:
    """Append Markdown blocks for node's children to lines."""
    buffer: list[str] = []

    def flush() -> None:
        text = _clean("".join(buffer))
        buffer.clear()
        if text:
            lines.extend(["", text, ""])

    for child in node.children:
        if isinstance(child, NavigableString):
            buffer.append(str(child))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name and re.fullmatch(r"h[1-6]", name):
            flush()
            text = _clean(_inline(child))
            if text:
                lines.extend(["", "#" * int(name[1]) + " " + text, ""])
        elif name in ("ul", "ol"):
            flush()
            _render_list(child, lines, depth)
        elif name == "table":
            flush()
            _render_table(child, lines)
        elif name == "hr":
            flush()
        elif name in _BLOCKS or name == "li":
            flush()
            _render(child, lines, depth)
        else:
            buffer.append(_inline(child))
    flush()


def _render_list(node: Tag, lines: list[str], depth: int) -> None:
    """Append a list, numbered when ordered, with nested lists indented."""
    ordered = node.name == "ol"
    try:
        number = int(str(node.get("start") or 1))
    except ValueError:
        number = 1
    indent = "    " * depth
    lines.append("")
    for item in node.find_all("li", recursive=False):
        nested = [c for c in item.children if isinstance(c, Tag) and c.name in ("ul", "ol")]
        for sub in nested:
            sub.extract()
        body: list[str] = []
        _render(item, body, depth + 1)
        text = " ".join(line for line in body if line.strip())
        marker = f"{item.get('value') or number}." if ordered else "*"
        if text:
            lines.append(f"{indent}{marker} {text}")
        number += 1
        for sub in nested:
            _render_list(sub, lines, depth + 1)
    lines.append("")


def _render_table(node: Tag, lines: list[str]) -> None:
    """Append a table as Markdown rows, one row a line."""
    lines.append("")
    for row in node.find_all("tr"):
        cells = [_clean(_inline(cell)) for cell in row.find_all(["th", "td"])]
        if any(cells):
            lines.append("| " + " | ".join(cell.replace("|", "/") for cell in cells) + " |")
    lines.append("")
