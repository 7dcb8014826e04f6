"""`tosdiff preview`: the page builder, --get, index.html in `notice --out`, the server."""

from __future__ import annotations

import datetime
import http.client
import json
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from tosdiff import compare, load
from tosdiff.config import NoticeConfig, load_config
from tosdiff.examples import example_paths
from tosdiff.model import Report
from tosdiff.notice import build_notices
from tosdiff.preview import (
    PreviewApp,
    PreviewOptions,
    build_page,
    make_server,
    preview_html,
    text_on,
    watch,
)
from tosdiff.render import default_template_dir

REPO_ROOT = Path(__file__).resolve().parent.parent
Invoke = Callable[..., Any]
OLD, NEW = example_paths()
CONFIG = REPO_ROOT / "examples" / "tosdiff.toml"
DATE = "2026-12-01"
SEED = ("preview", OLD, NEW, "--notice-date", DATE)
TABS = ["changes", "email", "announcement", "sms", "in-app", "mail", "phone", "schedule", "files"]


class Page(HTMLParser):
    """Collect what the tests look at: elements by id, attributes, scripts, links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: dict[str, dict[str, str | None]] = {}
        self.tabs: list[str] = []
        self.iframes: list[dict[str, str | None]] = []
        self.scripts: list[dict[str, str | None]] = []
        self.hrefs: list[str] = []
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids[values["id"] or ""] = values
        if values.get("role") == "tab":
            self.tabs.append(values.get("data-tab") or "")
        if tag == "iframe":
            self.iframes.append(values)
        if tag == "script":
            self.scripts.append(values)
        if tag == "a" and values.get("href"):
            self.hrefs.append(values["href"] or "")
        for key in ("src", "href"):
            value = values.get(key) or ""
            if tag != "a" and re.match(r"(https?:)?//", value):
                self.external.append(f"<{tag} {key}={value}>")


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


@pytest.fixture(scope="module")
def seed_report() -> Report:
    return compare(load(OLD), load(NEW))


@pytest.fixture(scope="module")
def seed_page(seed_report: Report) -> str:
    config = load_config(CONFIG)
    bundle = build_notices(
        seed_report,
        config=config,
        notice_date=datetime.date(2026, 12, 1),
    )
    return build_page(seed_report, bundle, config)


@pytest.fixture
def options(tmp_path: Path) -> PreviewOptions:
    """Options for the seed pair with a --templates folder the test may edit."""
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "sms.txt").write_text((default_template_dir() / "sms.txt").read_text())
    return PreviewOptions(
        old=OLD,
        new=NEW,
        templates=templates,
        notice_date=datetime.date(2026, 12, 1),
    )


@pytest.fixture
def server(options: PreviewOptions) -> Iterator[tuple[PreviewApp, str]]:
    """Serve the options on 127.0.0.1:<free port> in a thread; yield the app and base URL."""
    app = PreviewApp(options)
    httpd = make_server(app, 0)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield app, f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        app.stop()
        httpd.shutdown()
        httpd.server_close()


# --- the page -------------------------------------------------------------------------


def test_page_has_a_tab_per_notice_and_the_overview(seed_page: str) -> None:
    page = parse(seed_page)
    assert page.tabs == TABS
    for tab in TABS:
        assert f"panel-{tab}" in page.ids, tab
    assert "18 material" in seed_page and "Compliant" in seed_page
    assert "BESTSHARE Platform: changes to our User Service Agreement" in seed_page  # subject
    assert 'data-field="preheader"' in seed_page
    assert re.search(r'id="sms-segments">\s*2 segments', seed_page)
    assert "1 January 2027" in seed_page and "one month in advance (clause 3.8)" in seed_page


def test_changes_show_kinds_and_redline(seed_page: str, seed_report: Report) -> None:
    assert seed_page.count('<article class="change') == len(seed_report.changes)
    assert "<ins>" in seed_page and "<del>" in seed_page
    assert ">Time period<" in seed_page and ">Material<" in seed_page


def test_email_frames_are_sandboxed_without_scripts(seed_page: str) -> None:
    frames = parse(seed_page).iframes
    widths = [frame.get("width") for frame in frames if "Email" in (frame.get("title") or "")]
    assert widths == ["640", "375"]
    for frame in frames:
        sandbox = frame.get("sandbox")
        assert sandbox is not None and "allow-scripts" not in sandbox, frame.get("title")
        assert frame.get("srcdoc") and not frame.get("src")


def test_page_loads_nothing_external(seed_page: str) -> None:
    page = parse(seed_page)
    assert page.external == []
    assert "default-src 'none'" in seed_page  # Content-Security-Policy
    assert "logo.png" in load_config(CONFIG).logo_url and "logo.png" not in seed_page
    assert all(script.get("nonce") and not script.get("src") for script in page.scripts)


def test_static_page_has_no_live_parts(seed_page: str) -> None:
    assert "EventSource" not in seed_page and "Live preview" not in seed_page
    assert 'href="email.eml"' in seed_page and "files/" not in seed_page


def test_brand_colour_from_config(seed_report: Report) -> None:
    config = NoticeConfig(brand_color="#0a7c59")
    page = build_page(seed_report, build_notices(seed_report, config=config), config)
    assert "--brand:#0a7c59" in page and "--on-brand:#ffffff" in page
    assert text_on("#ffd400") == "#111827" and text_on("#1f4e79") == "#ffffff"


def test_script_in_clause_text_is_shown_not_run(seed_report: Report) -> None:
    report = Report(seed_report.old, seed_report.new, list(seed_report.changes))
    target = next(c for c in report.material if c.new is not None)
    evil = '<script>window.pwned=1</script> & <img src=x onerror="window.pwned=2">'
    index = report.changes.index(target)
    report.changes[index] = replace(
        target,
        new=replace(target.new, text=evil),
        explanation="<b>bold</b>",
        redline=[replace(target.redline[0], op="insert", text=evil)],
    )
    page = build_page(report, build_notices(report), NoticeConfig())
    assert "window.pwned" in page
    assert len(re.findall(r"<script\b", page)) == len(parse(page).scripts) == 1  # ours only
    assert "<img src=x" not in page and "<b>bold" not in page
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in page
    # inside srcdoc the notice is escaped twice: once by the email template, once as attribute
    assert "&amp;lt;script&amp;gt;" in page


def test_no_material_change_needs_no_notice(seed_report: Report) -> None:
    report = compare(load(OLD), load(OLD))
    page = build_page(report, build_notices(report), NoticeConfig())
    assert parse(page).tabs == ["changes", "files"]
    assert "no notice is required" in page


def test_preview_html_replaces_remote_images() -> None:
    html = '<html><head></head><body><img src="https://x.test/a.png" alt="a"></body></html>'
    out = preview_html(html)
    assert "x.test" not in out and 'src="data:image/svg+xml' in out
    assert out.startswith('<html><head><base target="_blank">')


# --- tosdiff notice writes index.html ---------------------------------------------------


def test_notice_writes_index_html(invoke: Invoke, tmp_path: Path) -> None:
    out = tmp_path / "out"
    invoke("notice", OLD, NEW, "--out", out, "--notice-date", DATE, "--config", CONFIG)
    html = (out / "index.html").read_text(encoding="utf-8")
    page = parse(html)
    assert page.tabs == TABS
    downloads = [h for h in page.hrefs if not h.startswith(("#", "http", "mailto:"))]
    assert "email.eml" in downloads
    for href in downloads:
        assert (out / href).is_file(), href  # every download is a sibling file
    assert "index.html" not in json.loads((out / "notice.json").read_text())["files"]


# --- tosdiff preview --get --------------------------------------------------------------


def test_get_root_prints_the_page(invoke: Invoke) -> None:
    result = invoke(*SEED, "--config", CONFIG, "--get", "/")
    assert result.stdout.startswith("<!doctype html>")
    assert parse(result.stdout).tabs == TABS
    assert "EventSource" in result.stdout  # the served page reloads itself
    assert 'href="files/email.eml"' in result.stdout


def test_get_a_notice_and_a_file(invoke: Invoke) -> None:
    assert "We are updating our Terms of Service" in invoke(*SEED, "--get", "/notice/email").stdout
    eml = invoke(*SEED, "--get", "/files/email.eml").stdout
    assert eml.startswith("Subject:") and "multipart/alternative" in eml
    assert json.loads(invoke(*SEED, "--get", "/files/notice.json").stdout)["schema"]


def test_get_unknown_path_exits_1(invoke: Invoke) -> None:
    assert invoke(*SEED, "--get", "/nope", exit_code=1).stdout == "not found\n"


def test_bad_input_exits_2(invoke: Invoke, tmp_path: Path) -> None:
    result = invoke("preview", OLD, tmp_path / "missing.txt", "--get", "/", exit_code=2)
    assert "no such file" in result.stderr and "Traceback" not in result.stderr


# --- the server -------------------------------------------------------------------------


def test_server_binds_loopback_only(server: tuple[PreviewApp, str]) -> None:
    _app, url = server
    assert url.startswith("http://127.0.0.1:")
    with urllib.request.urlopen(url + "/") as response:
        assert response.status == 200
        assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    with urllib.request.urlopen(url + "/files/email.eml") as response:
        assert response.headers["Content-Disposition"] == 'attachment; filename="email.eml"'


def test_port_in_use_is_an_error(invoke: Invoke) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = invoke(*SEED, "--port", str(port), exit_code=2)
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr


def test_events_tell_the_page_to_reload(server: tuple[PreviewApp, str]) -> None:
    app, url = server
    connection = http.client.HTTPConnection(url.removeprefix("http://"), timeout=10)
    connection.request("GET", f"/events?since={app.generation}")
    response = connection.getresponse()
    assert response.getheader("Content-Type") == "text/event-stream"
    assert response.readline() == b"retry: 1000\n"
    threading.Timer(0.2, app.refresh).start()
    lines = [response.readline() for _ in range(3)]
    assert lines[1] == b"event: reload\n" and lines[2] == b"data: 1\n"
    connection.close()


def test_a_broken_template_shows_an_error_until_fixed(options: PreviewOptions) -> None:
    app = PreviewApp(options)
    assert options.templates is not None
    sms = options.templates / "sms.txt"
    good = sms.read_text()
    sms.write_text("{{ product }")
    assert "sms.txt" in (app.refresh() or "")
    status, _kind, body, _ = app.respond("/")
    assert status == 500 and b"cannot be rendered" in body and b"EventSource" in body
    sms.write_text("FIXED " + good)
    assert app.refresh() is None
    status, _kind, body, _ = app.respond("/")
    assert status == 200 and b"FIXED" in body


def test_editing_a_template_re_renders(options: PreviewOptions) -> None:
    app = PreviewApp(options)
    notes: list[set[str]] = []
    watcher = threading.Thread(
        target=watch,
        args=(app, options.watched(), lambda names, _error: notes.append(names)),
        daemon=True,
    )
    watcher.start()
    assert options.templates is not None
    sms = options.templates / "sms.txt"
    edited = "EDITED " + sms.read_text()
    # the watcher may not be watching yet when the thread starts: an edit made before
    # then is never reported, so the edit is written again each second until one is
    deadline = time.monotonic() + 15
    written = 0.0
    while app.generation == 0 and time.monotonic() < deadline:
        if time.monotonic() - written > 1:
            sms.write_text(edited)
            written = time.monotonic()
        time.sleep(0.05)
    app.stop()
    watcher.join(5)
    assert app.generation >= 1 and {"sms.txt"} in notes
    assert "EDITED" in app.state.page and not watcher.is_alive()


def test_ctrl_c_stops_cleanly(tmp_path: Path) -> None:
    tosdiff = shutil.which("tosdiff", path=str(Path(sys.executable).parent))
    command = [tosdiff] if tosdiff else [sys.executable, "-m", "tosdiff.cli"]
    process = subprocess.Popen(
        [*command, *(str(a) for a in SEED), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # a shell started in the background ignores SIGINT; a terminal does not
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/", url), url
        with urllib.request.urlopen(url, timeout=10) as response:
            assert response.status == 200
        process.send_signal(signal.SIGINT)
        _out, err = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "preview stopped" in err and "Traceback" not in err


def test_help_lists_the_options(invoke: Invoke) -> None:
    text = invoke("preview", "--help").stdout
    for option in ("--port", "--config", "--templates", "--notice-date", "--get"):
        assert option in text
