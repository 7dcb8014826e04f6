"""Download a published agreement and keep a Markdown snapshot of it.

``fetch_markdown`` downloads a page (timeouts, retries with backoff on connection
errors and 5xx answers, an honest user agent), extracts the agreement (a CSS selector,
else the main content) and returns clean Markdown. ``write_snapshot`` rewrites the
snapshot file only when the normalised text really changed, so a scheduled job commits
a new version only when there is one.
"""

from __future__ import annotations

import os
import re
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from .errors import InputError

PROJECT_URL = "https://github.com/tosdiff/tosdiff"
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_TEXT_TYPES = {"text/plain", "text/markdown", "text/x-markdown"}
_DOCUMENT_TYPES = {
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}


class FetchError(InputError):
    """A page cannot be downloaded or holds no agreement (bad URL, HTTP error, timeout)."""


def user_agent() -> str:
    """Return the User-Agent header: tosdiff/<version> (+project URL)."""
    from . import __version__

    return f"tosdiff/{__version__} (+{PROJECT_URL})"


@dataclass(frozen=True)
class FetchOptions:
    """How patient fetch_markdown is: seconds per request, retries and first backoff."""

    timeout: float = 30.0
    retries: int = 3
    backoff: float = 1.0  # seconds before the first retry; doubles each time


def check_url(url: str) -> None:
    """Raise FetchError unless url is an absolute http(s) URL with a host."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FetchError(f"{url}: bad URL (expected http:// or https://)")


def download(
    url: str,
    options: FetchOptions | None = None,
    *,
    sleep: Callable[[float], None] = time.sleep,
) -> tuple[bytes, str, str | None]:
    """Return (body, content type, charset) of url; retry connection errors and 5xx."""
    import httpx

    options = options or FetchOptions()
    check_url(url)
    headers = {"User-Agent": user_agent(), "Accept": "text/html,application/xhtml+xml,*/*;q=0.5"}
    with httpx.Client(
        timeout=httpx.Timeout(options.timeout), follow_redirects=True, headers=headers
    ) as client:
        for attempt in range(options.retries + 1):
            last = attempt == options.retries
            try:
                response = client.get(url)
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.RemoteProtocolError) as error:
                if last:
                    raise FetchError(f"{url}: cannot connect: {_reason(error)}") from None
            except httpx.TimeoutException:
                raise FetchError(f"{url}: timed out after {options.timeout:g} s") from None
            except httpx.HTTPError as error:
                raise FetchError(f"{url}: request failed: {_reason(error)}") from None
            else:
                if response.status_code < 500 or last:
                    break
            sleep(options.backoff * 2**attempt)
    if response.status_code >= 400:
        phrase = response.reason_phrase or "error"
        raise FetchError(f"{url}: HTTP {response.status_code} {phrase}")
    mime, _, params = response.headers.get("content-type", "").partition(";")
    match = re.search(r"charset=[\"']?([\w.:-]+)", params, re.I)
    return response.content, mime.strip().lower(), match.group(1) if match else None


def _reason(error: Exception) -> str:
    """Return the last line of an httpx error, or its class name."""
    text = str(error).strip().splitlines()
    return text[-1] if text else type(error).__name__


def fetch_markdown(
    url: str,
    *,
    selector: str | None = None,
    options: FetchOptions | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> str:
    """Download url and return the agreement on it as Markdown."""
    body, mime, charset = download(url, options, sleep=sleep)
    return page_to_markdown(body, mime, charset=charset, url=url, selector=selector)


def page_to_markdown(
    body: bytes,
    mime: str,
    *,
    charset: str | None = None,
    url: str = "<page>",
    selector: str | None = None,
) -> str:
    """Return the agreement in a downloaded body as Markdown, by content type."""
    from .load import decode, load_bytes

    if mime in _DOCUMENT_TYPES:
        try:
            source = load_bytes(body, name=url, suffix=_DOCUMENT_TYPES[mime])
        except InputError:
            raise FetchError(f"{url}: not an HTML page ({mime} is not supported)") from None
        return source.text.strip() + "\n"
    if mime and mime not in _HTML_TYPES and mime not in _TEXT_TYPES:
        raise FetchError(f"{url}: not an HTML page ({mime})")
    if not body.strip():
        raise FetchError(f"{url}: empty response")
    text = _decode(body, charset, url, decode)
    markdown = text if mime in _TEXT_TYPES else _extract(text, selector, url)
    markdown = normalise_text(markdown)
    if not markdown.strip():
        raise FetchError(f"{url}: no agreement text found on the page")
    return markdown


def _decode(body: bytes, charset: str | None, url: str, fallback: Callable[..., str]) -> str:
    """Decode a body with its declared charset, else by detection."""
    if charset:
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return fallback(body, name=url)


def _extract(html: str, selector: str | None, url: str) -> str:
    """Return the Markdown of the selected element, else of the main content."""
    from .html import html_to_markdown

    if selector:
        from bs4 import BeautifulSoup

        try:
            found = BeautifulSoup(html, "html.parser").select_one(selector)
        except Exception as error:  # soupsieve raises its own SelectorSyntaxError
            reason = (str(error).strip().splitlines() or [type(error).__name__])[0]
            raise FetchError(f"--selector {selector!r}: invalid CSS selector: {reason}") from None
        if found is None:
            raise FetchError(f"{url}: selector {selector!r} matches nothing on the page")
    return html_to_markdown(html, selector=selector)


def normalise_text(text: str) -> str:
    """Return text as written to a snapshot: NFC, LF line ends, no trailing spaces."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [line.rstrip() for line in text.lstrip("\ufeff").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def _comparable(text: str) -> str:
    """Return text reduced to what counts as a change: words, not spacing or quotes."""
    table: dict[str, str | int | None] = {
        "\u00a0": " ",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
    }
    text = normalise_text(text).translate(str.maketrans(table))
    return re.sub(r"\s+", " ", text).strip()


def write_snapshot(path: str | os.PathLike[str], text: str) -> bool:
    """Write text to path unless it holds the same text; return whether it was written."""
    file = Path(path)
    if file.is_dir():
        raise InputError(f"{file}: is a directory, not a file")
    if file.exists():
        try:
            old = file.read_text(encoding="utf-8", errors="replace")
        except OSError as error:
            raise InputError(f"{file}: cannot read: {error.strerror or error}") from None
        if _comparable(old) == _comparable(text):
            return False
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        temporary = file.with_name(f".{file.name}.tosdiff-tmp")
        temporary.write_text(normalise_text(text), encoding="utf-8")
        temporary.replace(file)
    except OSError as error:
        raise InputError(f"{file}: cannot write: {error.strerror or error}") from None
    return True
