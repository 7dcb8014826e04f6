"""Tests for `tosdiff fetch`: a local HTTP server serves versions of a terms page."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tosdiff import __version__
from tosdiff.fetch import FetchError, FetchOptions, fetch_markdown, user_agent, write_snapshot

PAGE = """<!doctype html><html><head><title>Terms</title><script>var x = 1;</script></head>
<body><nav><a href="/">Home</a> <a href="/about">About</a></nav>
<div class="cookie-banner">We use cookies.</div>
<main><h1>Terms of Service</h1>
<p>3.8 We will notify you {period} in advance of any change to these terms.</p>
<p>5.1 You will receive an invoice each month.</p></main>
<footer>© Example</footer></body></html>"""
V1 = PAGE.format(period="one month")
V2 = PAGE.format(period="fifteen (15) days")
# The same text as V1 with different markup and spacing: not a change.
V1_RESTYLED = V1.replace("<p>3.8", '<p class="clause">\n   3.8').replace(
    "<script>var x = 1;</script>", "<script>var x = 2;</script>"
)


class Site:
    """What the test server answers: path -> (status, content type, body, delay)."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, str, bytes, float]] = {}
        self.hits: dict[str, int] = {}
        self.agents: list[str] = []
        self.failures: dict[str, int] = {}  # path -> 503 answers before the real one

    def page(self, path: str, body: str | bytes, *, status: int = 200, **kw: Any) -> None:
        data = body.encode() if isinstance(body, str) else body
        ctype = kw.get("content_type", "text/html; charset=utf-8")
        self.routes[path] = (status, ctype, data, kw.get("delay", 0.0))


@pytest.fixture
def site() -> Iterator[tuple[Site, str]]:
    """Serve a Site on 127.0.0.1 (port 0) in a thread; yield it and its base URL."""
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            state.hits[self.path] = state.hits.get(self.path, 0) + 1
            state.agents.append(self.headers.get("User-Agent", ""))
            if state.failures.get(self.path, 0) > 0:
                state.failures[self.path] -= 1
                self.send_error(503)
                return
            if self.path not in state.routes:
                self.send_error(404)
                return
            status, ctype, body, delay = state.routes[self.path]
            if delay:
                time.sleep(delay)
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    class Server(ThreadingHTTPServer):
        # A client that gives up (the timeout tests) leaves a handler writing to a closed
        # socket; printing that traceback from a thread could land in the stderr a later
        # test captures, so client disconnects are not reported.
        def handle_error(self, request: Any, client_address: Any) -> None:
            if not isinstance(sys.exc_info()[1], ConnectionError):
                super().handle_error(request, client_address)

    server = Server(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield state, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def one_error_line(result: Any) -> str:
    """Return the single stderr line of a failed run, checking there is no traceback."""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("tosdiff: error: ")
    assert "Traceback" not in result.stdout + result.stderr
    return lines[0]


# --- snapshots ----------------------------------------------------------------------------


def test_fetch_writes_then_reports_unchanged_then_changed(
    invoke: Any, site: tuple[Site, str], tmp_path: Path
) -> None:
    state, base = site
    out = tmp_path / "snapshots" / "terms.md"
    state.page("/terms", V1)
    invoke("fetch", f"{base}/terms", "--out", out, exit_code=1)  # new file: written
    first = out.read_text(encoding="utf-8")
    assert "# Terms of Service" in first
    assert "3.8 We will notify you one month in advance" in first
    assert "cookies" not in first and "Home" not in first and "var x" not in first

    before = out.stat().st_mtime_ns
    result = invoke("fetch", f"{base}/terms", "--out", out, exit_code=0)
    assert "unchanged" in result.stderr
    assert out.stat().st_mtime_ns == before

    state.page("/terms", V1_RESTYLED)  # markup and spacing only
    invoke("fetch", f"{base}/terms", "--out", out, exit_code=0)
    assert out.read_text(encoding="utf-8") == first

    state.page("/terms", V2)
    result = invoke("fetch", f"{base}/terms", "--out", out, exit_code=1)
    assert "changed" in result.stderr
    assert "fifteen (15) days" in out.read_text(encoding="utf-8")


def test_snapshot_diffs_as_a_material_change(
    invoke: Any, site: tuple[Site, str], tmp_path: Path
) -> None:
    state, base = site
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    state.page("/terms", V1)
    invoke("fetch", f"{base}/terms", "--out", old, exit_code=1)
    state.page("/terms", V2)
    invoke("fetch", f"{base}/terms", "--out", new, exit_code=1)
    invoke("check", old, new, exit_code=1)


def test_selector(invoke: Any, site: tuple[Site, str], tmp_path: Path) -> None:
    state, base = site
    state.page("/terms", V1)
    out = tmp_path / "terms.md"
    invoke("fetch", f"{base}/terms", "--out", out, "--selector", "main p", exit_code=1)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("3.8 We will notify you")
    assert "5.1" not in text


def test_user_agent(site: tuple[Site, str]) -> None:
    state, base = site
    state.page("/terms", V1)
    fetch_markdown(f"{base}/terms")
    assert state.agents == [user_agent()]
    assert user_agent().startswith(f"tosdiff/{__version__} (+https://github.com/")


def test_retries_server_errors_with_backoff(site: tuple[Site, str]) -> None:
    state, base = site
    state.page("/terms", V1)
    state.failures["/terms"] = 2
    waits: list[float] = []
    text = fetch_markdown(
        f"{base}/terms", options=FetchOptions(retries=3, backoff=0.5), sleep=waits.append
    )
    assert "one month" in text
    assert state.hits["/terms"] == 3
    assert waits == [0.5, 1.0]


def test_gives_up_after_the_retries(site: tuple[Site, str]) -> None:
    state, base = site
    state.page("/terms", V1)
    state.failures["/terms"] = 5
    with pytest.raises(FetchError, match="HTTP 503"):
        fetch_markdown(f"{base}/terms", options=FetchOptions(retries=1), sleep=lambda s: None)
    assert state.hits["/terms"] == 2


def test_plain_text_is_kept(site: tuple[Site, str]) -> None:
    state, base = site
    state.page("/terms.txt", "1. Fees are due in 30 days.\r\n", content_type="text/plain")
    assert fetch_markdown(f"{base}/terms.txt") == "1. Fees are due in 30 days.\n"


def test_write_snapshot_ignores_spacing(tmp_path: Path) -> None:
    out = tmp_path / "terms.md"
    assert write_snapshot(out, "# Terms\n\n1. Pay in 30 days.\n") is True
    assert write_snapshot(out, "# Terms\r\n\r\n1.  Pay in 30 days.   \n\n\n") is False
    assert write_snapshot(out, "# Terms\n\n1. Pay in 15 days.\n") is True
    assert out.read_text(encoding="utf-8") == "# Terms\n\n1. Pay in 15 days.\n"


# --- errors: one line, exit 2 -------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "content_type", "body", "message"),
    [
        ("/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00", "not an HTML page (image/png)"),
        ("/terms.pdf", "application/pdf", b"%PDF-1.4\n%\xe2\xe3\n1 0 obj\n", "application/pdf"),
        ("/empty", "text/html", b"<html><body><main></main></body></html>", "no agreement text"),
    ],
)
def test_non_html_responses(
    invoke: Any,
    site: tuple[Site, str],
    tmp_path: Path,
    path: str,
    content_type: str,
    body: bytes,
    message: str,
) -> None:
    state, base = site
    state.page(path, body, content_type=content_type)
    out = tmp_path / "terms.md"
    result = invoke("fetch", f"{base}{path}", "--out", out, exit_code=2)
    assert message in one_error_line(result)
    assert not out.exists()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url", "bad URL"),
        ("ftp://example.com/terms", "bad URL"),
        ("https://", "bad URL"),
    ],
)
def test_bad_url(invoke: Any, tmp_path: Path, url: str, message: str) -> None:
    result = invoke("fetch", url, "--out", tmp_path / "t.md", exit_code=2)
    assert message in one_error_line(result)


def test_http_error(invoke: Any, site: tuple[Site, str], tmp_path: Path) -> None:
    _, base = site
    result = invoke("fetch", f"{base}/missing", "--out", tmp_path / "t.md", exit_code=2)
    assert "HTTP 404" in one_error_line(result)


def test_timeout(invoke: Any, site: tuple[Site, str], tmp_path: Path) -> None:
    state, base = site
    state.page("/slow", V1, delay=2.0)
    started = time.monotonic()
    result = invoke("fetch", f"{base}/slow", "--out", tmp_path / "t.md", "--timeout", "0.3",
                    exit_code=2)  # fmt: skip
    assert "timed out after 0.3 s" in one_error_line(result)
    assert time.monotonic() - started < 2.0


def test_connection_refused(invoke: Any, tmp_path: Path) -> None:
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = invoke(
        "fetch", f"http://127.0.0.1:{port}/", "--out", tmp_path / "t.md", "--retries", "0",
        exit_code=2,
    )  # fmt: skip
    assert "cannot connect" in one_error_line(result)


@pytest.mark.parametrize(("selector", "message"), [("#nope", "matches nothing"), ("##", "invalid")])
def test_bad_selector(
    invoke: Any, site: tuple[Site, str], tmp_path: Path, selector: str, message: str
) -> None:
    state, base = site
    state.page("/terms", V1)
    result = invoke(
        "fetch", f"{base}/terms", "--out", tmp_path / "t.md", "--selector", selector, exit_code=2
    )
    assert message in one_error_line(result)


def test_out_is_a_directory(invoke: Any, site: tuple[Site, str], tmp_path: Path) -> None:
    state, base = site
    state.page("/terms", V1)
    result = invoke("fetch", f"{base}/terms", "--out", tmp_path, exit_code=2)
    assert "is a directory" in one_error_line(result)
