"""Preview notices in a browser: one page with the changes, every notice and the schedule.

``build_page()`` turns a report and its rendered notices into one self-contained HTML page
(``templates/preview.html``, autoescaped; no external requests: system fonts, inline CSS
and JS, remote images in the email replaced by a placeholder). ``tosdiff notice --out``
writes it as ``index.html`` beside the files; ``tosdiff preview`` serves it on 127.0.0.1
from a ThreadingHTTPServer, re-renders when a template, the config or either version
changes (watched with watchfiles) and tells the open page to reload over Server-Sent Events.
"""

from __future__ import annotations

import datetime
import re
import secrets
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.utils import parseaddr
from functools import cache
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, cast
from urllib.parse import parse_qs, unquote, urlsplit

import jinja2

from . import __version__
from .config import NoticeConfig, load_config
from .errors import TosdiffError
from .formatters.common import listed, noise_line, summary_line, where
from .model import Change, Report

HOST = "127.0.0.1"
INDEX_NAME = "index.html"
_TAB_LABELS = {
    "email": "Email",
    "sms": "SMS",
    "announcement": "Announcement",
    "in-app": "In-app",
    "mail": "Letter",
    "phone": "Call script",
}
_CONTENT_TYPES = {
    ".eml": "message/rfc822",
    ".html": "text/html; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}
_SOURCE_TEXT = {
    "option": "given with --effective-date",
    "stated": "stated in the new version",
    "advance-notice": "notice date + the longest advance notice promised",
    "notice-date": "the notice date (no advance notice promised)",
}
_REMOTE_IMG = re.compile(r"""(<img\b[^>]*?\bsrc=)(["'])\s*(?:https?:)?//[^"']*\2""", re.I)
_PLACEHOLDER = (
    "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='120' height='40'%3E"
    "%3Crect width='120' height='40' rx='4' fill='%23e5e7eb'/%3E%3Ctext x='60' y='25' "
    "font-family='sans-serif' font-size='12' fill='%236b7280' text-anchor='middle'%3E"
    "remote image%3C/text%3E%3C/svg%3E"
)
_HEAD = re.compile(r"<head\b[^>]*>", re.I)
# The letter's @page margins apply in print only; show them on screen too.
_PAGE_MARGINS = "<style>@media screen{body{padding:20mm 0 25mm}}</style>"


@dataclass(frozen=True)
class PreviewOptions:
    """What `tosdiff preview` renders: the two versions and the notice options."""

    old: Path
    new: Path
    config: Path | None = None
    templates: Path | None = None
    notice_date: datetime.date | None = None
    effective_date: datetime.date | None = None

    def watched(self) -> list[Path]:
        """Return the files and folders whose change re-renders the preview."""
        from .render import default_template_dir

        paths = [self.old, self.new, default_template_dir()]
        if self.config is not None:
            paths.append(self.config)
        if self.templates is not None:
            paths.append(self.templates)
        return [path.resolve() for path in paths]


@dataclass
class Rendered:
    """One rendering: the page (or the error that replaced it) and the files behind it."""

    page: str
    files: dict[str, bytes] = field(default_factory=dict)
    error: str | None = None


# --- the page -------------------------------------------------------------------------


@cache
def _environment() -> jinja2.Environment:
    """Return the Jinja environment of the preview page: packaged templates, autoescaped."""
    from .render import default_template_dir

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(default_template_dir())),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def text_on(color: str) -> str:
    """Return black or white, whichever reads better on the #rgb/#rrggbb colour."""
    value = color.lstrip("#")
    if len(value) == 3:
        value = "".join(ch * 2 for ch in value)
    try:
        r, g, b = (int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))
    except ValueError:
        return "#ffffff"

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    return "#111827" if luminance > 0.4 else "#ffffff"


def preview_html(html: str, head: str = "") -> str:
    """Return a notice's HTML made safe to show offline: remote images become placeholders.

    Links open in a new tab (the frame is sandboxed and shows a copy of the notice);
    ``head`` is added to the <head> (preview-only styles).
    """
    html = _REMOTE_IMG.sub(lambda m: f'{m.group(1)}"{_PLACEHOLDER}"', html)
    base = '<base target="_blank">' + head
    match = _HEAD.search(html)
    if match:
        return html[: match.end()] + base + html[match.end() :]
    return base + html


def _change_view(change: Change) -> dict[str, Any]:
    """Return what the page shows of one change."""
    from .notice import kind_label

    side = change.new or change.old
    periods = []
    for evidence in change.evidence:
        if evidence.old and evidence.new:
            item = (str(evidence.old.get("text", "")), str(evidence.new.get("text", "")))
            if item not in periods:
                periods.append(item)
    return {
        "id": change.id,
        "where": where(change),
        "heading": (side.heading if side else None) or "",
        "op": change.op,
        "kinds": [(kind, kind_label(kind)) for kind in change.kinds],
        "material": change.material,
        "direction": change.direction,
        "explanation": change.explanation,
        "redline": [(segment.op, segment.text) for segment in change.redline],
        "periods": periods,
        "timed_out": change.redline_timed_out,
        "extra": len(change.old_extra) + len(change.new_extra),
    }


def _email_view(files: dict[str, bytes], record: dict[str, Any]) -> dict[str, Any] | None:
    """Return the email tab: headers, subject, preheader, HTML for the frames, plain text."""
    if "email.html" not in files:
        return None
    info = record.get("renders", {}).get("email", {})
    context = info.get("context", {})
    sender = context.get("sender", "")
    return {
        "subject": info.get("subject", ""),
        "preheader": info.get("preheader", ""),
        "sender": sender,
        "sender_name": parseaddr(sender)[0] or parseaddr(sender)[1],
        "reply_to": context.get("reply_to", ""),
        "html": preview_html(files["email.html"].decode()),
        "text": files.get("email.txt", b"").decode(),
    }


def _wrap_fragment(fragment: str, brand: str, locale: str) -> str:
    """Return an HTML fragment (the announcement) as a page styled like a plain website."""
    return (
        f'<!doctype html><html lang="{escape(locale)}"><head><meta charset="utf-8">'
        '<base target="_blank"><style>body{margin:0;padding:28px 32px;font:16px/1.6 system-ui,'
        "-apple-system,'Segoe UI',Roboto,sans-serif;color:#1f2937;background:#fff}"
        f"h2{{margin:0 0 12px;font-size:24px;line-height:1.25;color:{brand}}}"
        "h3{margin:24px 0 6px;font-size:17px}ul{padding-left:22px}li{margin:4px 0}"
        f"a{{color:{brand}}}.tosdiff-notice-terms{{border-left:4px solid #b3261e;"
        "background:#fdf0ef;padding:8px 16px;margin:16px 0}</style></head><body>"
        f"{fragment}</body></html>"
    )


def _notice_view(bundle: Any, config: NoticeConfig) -> dict[str, Any] | None:
    """Return the notice tabs and the schedule, or None when no notice is required."""
    import json

    if bundle is None or not bundle.required:
        return None
    files: dict[str, bytes] = bundle.files
    record: dict[str, Any] = bundle.record
    schedule = bundle.schedule
    sms = record.get("renders", {}).get("sms")
    in_app = json.loads(files["in-app.json"]) if "in-app.json" in files else None
    announcement = files.get("announcement.html")
    mail = files.get("mail.html")
    advance = schedule.advance
    return {
        "channels": list(record.get("channels", [])),
        "email": _email_view(files, record),
        "sms": sms,
        "announcement": _wrap_fragment(announcement.decode(), config.brand_color, config.locale)
        if announcement is not None
        else None,
        "in_app": in_app,
        "mail": preview_html(mail.decode(), _PAGE_MARGINS) if mail is not None else None,
        "phone": files["phone.txt"].decode() if "phone.txt" in files else None,
        "notice_date": schedule.notice_date,
        "effective_date": schedule.effective_date,
        "days": (schedule.effective_date - schedule.notice_date).days,
        "effective_source": _SOURCE_TEXT.get(schedule.effective_source, schedule.effective_source),
        "advance": f"{advance.text} (clause {advance.clause})" if advance else "",
        "profiles": list(schedule.profiles),
        "ok": schedule.ok,
        "findings": [finding.to_dict() for finding in schedule.findings],
        "warnings": list(bundle.warnings),
        "terms_changes": list(bundle.terms_changes),
    }


def _file_rows(files: dict[str, bytes], base: str) -> list[dict[str, Any]]:
    """Return the download list: name, size, link, in the order rendered."""
    import hashlib

    rows = []
    for name, data in files.items():
        size = len(data)
        rows.append(
            {
                "name": name,
                "href": base + name,
                "size": f"{size} B" if size < 1024 else f"{size / 1024:.1f} KB",
                "sha256": hashlib.sha256(data).hexdigest()[:12],
            }
        )
    return rows


def date_words(day: datetime.date) -> str:
    """Return a date as people write it: "1 January 2027"."""
    return f"{day.day} {day:%B} {day.year}"


def build_page(
    report: Report,
    bundle: Any = None,
    config: NoticeConfig | None = None,
    *,
    live: bool = False,
    file_base: str = "",
    generation: int = 0,
) -> str:
    """Return the preview page for a report and its notices (a NoticeBundle, or None).

    ``live`` adds the Server-Sent Events listener that reloads the page after a change;
    ``file_base`` prefixes the download links ("files/" on the server, "" beside the files).
    """
    config = config or NoticeConfig()
    notice = _notice_view(bundle, config)
    files = dict(bundle.files) if bundle is not None and bundle.required else {}
    rows = _file_rows(files, file_base)
    if bundle is not None and bundle.required:
        rows.append(
            {
                "name": "notice.json",
                "href": file_base + "notice.json",
                "size": "",
                "sha256": "proof of notice",
            }
        )
    tabs: list[tuple[str, str, int | None]] = [("changes", "Changes", len(listed(report)))]
    if notice is not None:
        tabs += [(ch, _TAB_LABELS[ch], None) for ch in notice["channels"] if ch in _TAB_LABELS]
        tabs += [("schedule", "Schedule", None)]
    tabs.append(("files", "Files", len(rows) or None))
    summary = report.summary()
    return (
        _environment()
        .get_template("preview.html")
        .render(
            title=report.new.title or config.agreement,
            config=config,
            brand=config.brand_color,
            brand_text=text_on(config.brand_color),
            old_name=report.old.source.name,
            new_name=report.new.source.name,
            summary=summary,
            summary_line=summary_line(report),
            noise=noise_line(report),
            warnings=list(report.warnings),
            changes=[_change_view(change) for change in listed(report)],
            notice=notice,
            files=rows,
            tabs=tabs,
            date_words=date_words,
            file_base=file_base,
            live=live,
            generation=generation,
            nonce=secrets.token_urlsafe(16),
            version=__version__,
        )
    )


def error_page(message: str, *, live: bool, generation: int) -> str:
    """Return the page shown while the templates or config fail to render."""
    return (
        _environment()
        .get_template("_preview_error.html")
        .render(message=message, live=live, generation=generation, nonce=secrets.token_urlsafe(16))
    )


def write_index(bundle: Any, folder: Path) -> Path:
    """Write the preview page as index.html into the folder of a notice; return its path."""
    path = Path(folder) / INDEX_NAME
    page = build_page(bundle.report, bundle, bundle.config)
    path.write_text(page, encoding="utf-8")
    return path


def render(options: PreviewOptions, *, live: bool = True, generation: int = 0) -> Rendered:
    """Return the preview page and its downloadable files for the options."""
    from .api import compare
    from .load import load
    from .notice import build_notices

    config = load_config(options.config)
    report = compare(load(options.old), load(options.new))
    bundle = build_notices(
        report,
        config=config,
        notice_date=options.notice_date or datetime.date.today(),
        effective_date=options.effective_date,
        templates=options.templates,
    )
    files = dict(bundle.files)
    if bundle.required:
        import json

        record = json.dumps(bundle.record, indent=2, ensure_ascii=False) + "\n"
        files["notice.json"] = record.encode()
    page = build_page(report, bundle, config, live=live, file_base="files/", generation=generation)
    return Rendered(page=page, files=files)


# --- the server -----------------------------------------------------------------------


class PreviewApp:
    """The rendered state of a preview and the routes that serve it (no socket here)."""

    def __init__(self, options: PreviewOptions, *, live: bool = True) -> None:
        self.options = options
        self.live = live
        self.generation = 0
        self.changed = threading.Condition()
        self.stopping = threading.Event()
        self.state = render(options, live=live)

    def refresh(self) -> str | None:
        """Re-render after a change and wake the open pages; return the error, if any."""
        generation = self.generation + 1
        try:
            state = render(self.options, live=self.live, generation=generation)
        except TosdiffError as error:
            state = Rendered(
                page=error_page(str(error), live=self.live, generation=generation),
                error=str(error),
            )
        with self.changed:
            self.state = state
            self.generation = generation
            self.changed.notify_all()
        return state.error

    def stop(self) -> None:
        """Tell the watcher and every open event stream to end."""
        self.stopping.set()
        with self.changed:
            self.changed.notify_all()

    def respond(self, path: str) -> tuple[int, str, bytes, dict[str, str]]:
        """Return status, content type, body and extra headers for a GET of path."""
        route = unquote(urlsplit(path).path)
        state = self.state
        if route in ("/", "/index.html"):
            status = 500 if state.error else 200
            return status, _CONTENT_TYPES[".html"], state.page.encode(), {}
        if route.startswith("/files/") or route.startswith("/notice/"):
            name = route.split("/", 2)[2]
            if route.startswith("/notice/"):
                name = _channel_file(name, state.files)
            data = state.files.get(name)
            if data is not None:
                kind = _CONTENT_TYPES.get(Path(name).suffix, "application/octet-stream")
                headers = {}
                if name.endswith(".eml") or "download" in parse_qs(urlsplit(path).query):
                    headers["Content-Disposition"] = f'attachment; filename="{name}"'
                return 200, kind, data, headers
        return 404, "text/plain; charset=utf-8", b"not found\n", {}

    def wait(self, seen: int, timeout: float) -> int:
        """Block until the generation differs from seen, or timeout; return the generation."""
        with self.changed:
            self.changed.wait_for(
                lambda: self.generation != seen or self.stopping.is_set(), timeout
            )
            return self.generation


def _channel_file(channel: str, files: dict[str, bytes]) -> str:
    """Return the main file of a channel: /notice/email -> email.html."""
    for name in (f"{channel}.html", f"{channel}.txt", f"{channel}.json"):
        if name in files:
            return name
    return channel


def make_handler(app: PreviewApp) -> type[BaseHTTPRequestHandler]:
    """Return a request handler class serving app."""

    class Handler(BaseHTTPRequestHandler):
        server_version = f"tosdiff-preview/{__version__}"
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            if urlsplit(self.path).path == "/events":
                self._events()
                return
            status, kind, body, headers = app.respond(self.path)
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.send_header("X-Content-Type-Options", "nosniff")
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

        def _events(self) -> None:
            """Stream `reload` events (Server-Sent Events) whenever the page re-renders."""
            query = parse_qs(urlsplit(self.path).query)
            try:
                seen = int(query.get("since", ["-1"])[0])
            except ValueError:
                seen = -1
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-store")
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            try:
                self.wfile.write(b"retry: 1000\n\n")
                self.wfile.flush()
                seen = seen if seen >= 0 else app.generation
                while not app.stopping.is_set():
                    current = app.wait(seen, 15.0)
                    if app.stopping.is_set():
                        return
                    if current != seen:
                        self.wfile.write(f"event: reload\ndata: {current}\n\n".encode())
                        self.wfile.flush()
                        return
                    self.wfile.write(b": ping\n\n")
                    self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                return

        def log_message(self, format: str, *args: Any) -> None:
            return  # quiet: the terminal shows the URL and re-render notes only

    return Handler


def make_server(app: PreviewApp, port: int) -> ThreadingHTTPServer:
    """Return the preview server bound to 127.0.0.1 only (port 0: any free port)."""
    try:
        server = ThreadingHTTPServer((HOST, port), make_handler(app))
    except OSError as error:
        raise TosdiffError(f"cannot listen on {HOST}:{port}: {error.strerror or error}") from None
    server.daemon_threads = True
    return server


def watch(
    app: PreviewApp, paths: Iterable[Path], on_change: Callable[[set[str], str | None], None]
) -> None:
    """Re-render app whenever one of paths (files, or folders non-recursively) changes."""
    import watchfiles

    files = {path for path in paths if not path.is_dir()}
    folders = {path for path in paths if path.is_dir()}
    roots = sorted({str(path.parent) for path in files} | {str(path) for path in folders})

    def wanted(_change: Any, name: str) -> bool:
        path = Path(name)
        return path in files or path.parent in folders

    for changes in watchfiles.watch(
        *roots,
        watch_filter=wanted,
        stop_event=app.stopping,
        recursive=False,
        raise_interrupt=False,
    ):
        names = {Path(name).name for _, name in changes}
        on_change(names, app.refresh())


def serve(
    options: PreviewOptions,
    port: int,
    *,
    echo: Callable[[str], None],
    note: Callable[[str], None],
) -> None:
    """Serve the live preview on 127.0.0.1 until Ctrl-C; echo the URL, note re-renders."""
    app = PreviewApp(options)
    server = make_server(app, port)
    # an AF_INET socket's name: (host, port), the host a str (typeshed also allows bytes)
    host, bound = cast(tuple[str, int], server.server_address[:2])

    def changed(names: set[str], error: str | None) -> None:
        note(
            f"re-rendered after a change to {', '.join(sorted(names))}"
            + (f": {error}" if error else "")
        )

    watcher = threading.Thread(
        target=watch, args=(app, options.watched(), changed), name="tosdiff-watch", daemon=True
    )
    watcher.start()
    thread = threading.Thread(target=server.serve_forever, name="tosdiff-http", daemon=True)
    previous = _on_sigterm(_interrupt)
    # Ctrl-C may come as soon as the URL is out, so everything from here is inside the try
    try:
        thread.start()
        echo(f"http://{host}:{bound}/")
        note("watching templates, config and both versions; Ctrl-C to stop")
        while thread.is_alive():
            thread.join(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        _on_sigterm(previous)
        app.stop()
        if thread.is_alive():  # shutdown() waits for serve_forever, which may not have run
            server.shutdown()
        server.server_close()
        watcher.join(2)
    note("preview stopped")


def _interrupt(_signum: int, _frame: Any) -> None:
    """Stop the preview on SIGTERM as on Ctrl-C."""
    raise KeyboardInterrupt


def _on_sigterm(handler: Any) -> Any:
    """Install a SIGTERM handler (main thread only); return the previous one."""
    import signal

    if threading.current_thread() is not threading.main_thread() or handler is None:
        return None
    return signal.signal(signal.SIGTERM, handler)


def get(options: PreviewOptions, path: str) -> tuple[int, bytes]:
    """Return the status and body of GET path, rendered in-process with no port."""
    app = PreviewApp(options)
    status, _kind, body, _headers = app.respond(path)
    return status, body


__all__ = [
    "HOST",
    "PreviewApp",
    "PreviewOptions",
    "build_page",
    "get",
    "make_server",
    "preview_html",
    "render",
    "serve",
    "write_index",
]
