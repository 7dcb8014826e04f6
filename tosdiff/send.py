"""Send the email notice of a ``tosdiff notice`` folder to a CSV of recipients, exactly once.

The ledger (tosdiff.ledger) is written before DATA and after the server's reply, so a run
that dies half way resumes from it: sent rows are skipped, pending, deferred and interrupted
ones are sent again. N workers each keep one SMTP connection (aiosmtplib) and send many
messages over it; an optional token bucket caps messages per second. 4xx replies and dropped
connections are retried with exponential backoff; 5xx replies are final.

The email is rendered per recipient from the notice's templates with the CSV row as
``recipient``; the context comes from ``notice.json`` (``renders.email.context``).
"""

from __future__ import annotations

import asyncio
import binascii
import contextlib
import csv
import email.policy
import hashlib
import heapq
import json
import random
import re
import socket
import ssl
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from email.headerregistry import Address
from email.utils import format_datetime, parseaddr
from functools import lru_cache
from pathlib import Path
from typing import Any

import aiosmtplib
import jinja2
import markupsafe
from jinja2.filters import do_wordwrap

from .config import check_header_value
from .errors import InputError, SendError, TosdiffError
from .ledger import Job, Ledger
from .render import NoticeContext, Recipient, context_from_dict, make_environment, one_line
from .status import ExitCode

SECURITY = ("starttls", "tls", "none")
DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}
PASSWORD_ENV = "TOSDIFF_SMTP_PASSWORD"
LEDGER_NAME = "send-ledger.sqlite"
_ADDRESS = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)
_LOCALE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
_POLICY = email.policy.SMTP.clone(cte_type="7bit")
_MAX_DELAY = 300.0


# --- the notice ---------------------------------------------------------------------------


@dataclass
class Notice:
    """The email notice of a ``tosdiff notice`` folder, ready to render per recipient.

    Rendering the templates for every recipient is the costly part of a send, so a template
    is rendered once per *shape* (locale, which columns are non-empty) with a marker in place
    of each non-empty value, and the values are put in afterwards (HTML-escaped in the HTML).
    That is exact when a template only prints recipient values or tests them with ``if``;
    any other use (a filter, a comparison, ``|length``) is detected and every recipient then
    gets a full render.
    """

    folder: Path
    id: str
    context: NoticeContext
    variant: str
    env: jinja2.Environment
    sender: str
    fast: bool = True
    shapes: dict[tuple[str, ...], tuple[str, str, str, str]] = field(default_factory=dict)

    def render(self, fields: dict[str, str], message_id: str, eight_bit: bool = False) -> bytes:
        """Return the message for one recipient: multipart/alternative, CRLF.

        The parts are quoted-printable, or sent as they are (8bit) when the server
        announced 8BITMIME and no line is longer than SMTP allows.
        """
        locale = fields.get("locale", "")
        ctx = self.context
        if locale and _LOCALE.match(locale):
            ctx = replace(ctx, locale=locale)
        parts = self._render_fast(ctx, fields) if self.fast else None
        if parts is None:
            parts = self._render_full(ctx, fields)
        subject, preheader, text, html = parts
        check_header_value(subject, "email-subject.txt")
        ctx = replace(ctx, subject=subject, preheader=preheader)
        address = fields["email"]
        return build_message(
            ctx, _to(fields.get("name", ""), address), message_id, text, html, eight_bit=eight_bit
        )

    def _render_full(self, ctx: NoticeContext, fields: dict[str, str]) -> tuple[str, ...]:
        """Return subject, preheader, text and HTML rendered for this recipient."""
        from .notice import render_email

        done, text, html = render_email(
            self.env, replace(ctx, recipient=Recipient(fields)), self.variant
        )
        return done.subject, done.preheader, text, html

    def _render_fast(self, ctx: NoticeContext, fields: dict[str, str]) -> tuple[str, ...] | None:
        """Return the parts from the shape cache, or None when the templates need full renders."""
        filled = tuple(sorted(k for k, v in fields.items() if v))
        key = (ctx.locale, *filled)
        cached = self.shapes.get(key)
        if cached is None:
            probe = _Probe(fields)
            cached = self._render_full_probe(ctx, probe)
            if probe.unsafe or any(_MARK in part for part in probe.strip(cached)):
                self.fast = False
                return None
            if len(self.shapes) >= 256:
                self.shapes.clear()
            self.shapes[key] = cached
        subject, preheader, text, html = cached
        for token, name in _Probe.tokens(fields):
            value = fields[name]
            subject = subject.replace(token, value)
            preheader = preheader.replace(token, value)
            text = text.replace(token, value)
            html = html.replace(token, str(markupsafe.escape(value)))
        return subject, preheader, text, html

    def _render_full_probe(self, ctx: NoticeContext, probe: _Probe) -> tuple[str, str, str, str]:
        """Render once with markers for the non-empty values."""
        from .notice import render_email

        done, text, html = render_email(self.env, replace(ctx, recipient=probe), self.variant)
        return done.subject, done.preheader, text, html


_MARK = "\ue000"
_NONCE = uuid.uuid4().hex[:8]


def _token(name: str) -> str:
    """Return the marker of one column's value."""
    return f"{_MARK}{_NONCE}:{name}\ue001"


class _Slot:
    """A non-empty recipient value while a template renders for a shape: printing it is
    the only use that keeps the render exact; any other use marks the probe unsafe."""

    __slots__ = ("probe", "token")

    def __init__(self, probe: _Probe, name: str) -> None:
        self.probe = probe
        self.token = _token(name)

    def __bool__(self) -> bool:
        return True

    def _unsafe(self, *args: Any, **kwargs: Any) -> Any:
        self.probe.unsafe = True
        return NotImplemented

    def __str__(self) -> str:
        self.probe.unsafe = True
        return self.token

    def __html__(self) -> str:
        self.probe.unsafe = True
        return self.token

    def __len__(self) -> int:
        self.probe.unsafe = True
        return 1

    def __hash__(self) -> int:
        self.probe.unsafe = True
        return id(self)

    def __getattr__(self, name: str) -> Any:
        self.probe.unsafe = True
        raise AttributeError(name)

    __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = _unsafe
    __add__ = __radd__ = __mod__ = __contains__ = __iter__ = __getitem__ = _unsafe


class _Probe(Recipient):
    """A recipient whose non-empty values are markers; records unsafe uses."""

    __slots__ = ("unsafe",)

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__(fields)
        self.unsafe = False

    def __getitem__(self, key: str) -> Any:
        return _Slot(self, key) if self._fields.get(key) else ""

    def __iter__(self) -> Iterator[str]:
        self.unsafe = True
        return super().__iter__()

    def __len__(self) -> int:
        self.unsafe = True
        return super().__len__()

    def strip(self, parts: tuple[str, ...]) -> list[str]:
        """Return the parts without this recipient's markers (left: markers that changed)."""
        out = list(parts)
        for token, _ in self.tokens(self._fields):
            out = [part.replace(token, "") for part in out]
        return out

    @staticmethod
    def tokens(fields: dict[str, str]) -> list[tuple[str, str]]:
        """Return (marker, column) for the non-empty values."""
        return [(_token(name), name) for name, value in fields.items() if value]


def _finalize(value: Any) -> Any:
    """Print a marker as it is (the one exact use of a recipient value)."""
    if isinstance(value, _Slot):
        return markupsafe.Markup(value.token)
    return value


def load_notice(folder: str | Path, templates: str | Path | None = None) -> Notice:
    """Return the email notice written by ``tosdiff notice`` into folder."""
    path = Path(folder)
    if not path.is_dir():
        raise InputError(f"{path}: no such notice folder (run tosdiff notice --out {path})")
    record_file = path / "notice.json"
    try:
        raw = record_file.read_bytes()
        record = json.loads(raw)
    except FileNotFoundError:
        raise InputError(f"{record_file}: not found (run tosdiff notice --out {path})") from None
    except (OSError, ValueError) as error:
        raise InputError(f"{record_file}: cannot read: {error}") from None
    info = record.get("renders", {}).get("email") if isinstance(record, dict) else None
    if not isinstance(info, dict) or not isinstance(info.get("context"), dict):
        raise InputError(
            f"{record_file}: no email notice (run tosdiff notice with the email channel)"
        )
    if not (path / "email.eml").is_file():
        raise InputError(f"{path / 'email.eml'}: not found (run tosdiff notice again)")
    try:
        context = context_from_dict(info["context"])
    except (TypeError, KeyError) as error:
        raise InputError(f"{record_file}: email context unreadable: {error}") from None
    sender = parseaddr(context.sender)[1]
    if not sender:
        raise InputError(f"{record_file}: no sender address")
    return Notice(
        folder=path,
        id=hashlib.sha256(raw).hexdigest()[:32],
        context=context,
        variant=str(info.get("variant", "")),
        env=send_environment(templates),
        sender=sender,
    )


def send_environment(templates: str | Path | None) -> jinja2.Environment:
    """Return the template environment for per-recipient renders (templates loaded once)."""
    env = make_environment(templates)
    env.auto_reload = False
    env.finalize = _finalize  # before any template is compiled: codegen reads it
    env.filters["wordwrap"] = _cached_wordwrap
    return env


@lru_cache(maxsize=4096)
def _wrap(text: str, width: int, long: bool, wrapstring: str | None, hyphens: bool) -> str:
    """Return do_wordwrap's result, cached: the notice text is the same for every recipient."""
    return do_wordwrap(_WRAP_ENV, text, width, long, wrapstring, hyphens)


_WRAP_ENV = jinja2.Environment()


@jinja2.pass_environment
def _cached_wordwrap(
    env: jinja2.Environment,
    s: str,
    width: int = 79,
    break_long_words: bool = True,
    wrapstring: str | None = None,
    break_on_hyphens: bool = True,
) -> str:
    """Wrap like Jinja's wordwrap filter, from a cache."""
    return _wrap(
        str(s), width, break_long_words, wrapstring or env.newline_sequence, break_on_hyphens
    )


def message_id(notice: Notice, address: str) -> str:
    """Return the stable Message-ID of the notice for one address."""
    digest = hashlib.sha256(f"{notice.id}\0{address.lower()}".encode()).hexdigest()[:32]
    domain = notice.sender.rpartition("@")[2] or "localhost"
    return f"<tosdiff.{notice.id[:12]}.{digest}@{domain}>"


@lru_cache(maxsize=256)
@lru_cache(maxsize=256)
def _header(name: str, value: str) -> bytes:
    """Return one folded, RFC 2047-encoded header line with CRLF (the same few headers
    recur in every message of a notice, so they are folded once)."""
    header = _POLICY.header_factory(name, value)
    folded: str = header.fold(policy=_POLICY)
    return folded.encode("ascii")


_ATOMS = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]{0,60}$")


def _to(name: str, address: str) -> bytes:
    """Return the To: header line; the common plain case without the email package."""
    if _ATOMS.match(name) and len(address) < 200:
        return f"To: {name} <{address}>\r\n".encode() if name else f"To: {address}\r\n".encode()
    return _header("To", str(Address(display_name=name, addr_spec=address)))


def _body(text: str, eight_bit: bool) -> tuple[str, bytes]:
    """Return the transfer encoding and CRLF body of a part."""
    data = text.encode()
    if data.isascii() and max(map(len, data.split(b"\n"))) <= 998:
        return "7bit", data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if eight_bit and max(map(len, data.split(b"\n"))) <= 998:
        return "8bit", data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    encoded = binascii.b2a_qp(data, istext=True).replace(b"\r\n", b"\n")
    return "quoted-printable", encoded.replace(b"\n", b"\r\n")


def build_message(
    ctx: NoticeContext, to: bytes, msg_id: str, text: str, html: str, *, eight_bit: bool = False
) -> bytes:
    """Return the MIME bytes of the notice: the same headers as email.eml, per-recipient To."""
    boundary = "==tosdiff-" + hashlib.sha256(msg_id.encode()).hexdigest()[:24]
    sent = format_datetime(_notice_time(ctx.notice_date))
    head = [
        _header("Subject", ctx.subject),
        _header("From", ctx.sender),
        _header("Reply-To", ctx.reply_to) if ctx.reply_to else b"",
        to,
        _header("Date", sent),
        # unique per message, and plain ASCII: no need to fold it through the email package
        f"Message-ID: {msg_id}\r\n".encode() if msg_id.isascii() else _header("Message-ID", msg_id),
        _header("Content-Language", ctx.locale),
        b"MIME-Version: 1.0\r\n",
        f'Content-Type: multipart/alternative; boundary="{boundary}"\r\n'.encode(),
        b"\r\n",
    ]
    parts = []
    for subtype, body in (("plain", text), ("html", html)):
        cte, data = _body(body, eight_bit)
        parts.append(
            f'--{boundary}\r\nContent-Type: text/{subtype}; charset="utf-8"\r\n'
            f"Content-Transfer-Encoding: {cte}\r\n\r\n".encode()
            + data
            + b"\r\n"
        )
    return b"".join(head) + b"".join(parts) + f"--{boundary}--\r\n".encode()


@lru_cache(maxsize=8)
def _notice_time(day: str) -> Any:
    """Return 09:00 UTC on the notice date, as email.eml has it."""
    import datetime

    return datetime.datetime.combine(
        datetime.date.fromisoformat(day), datetime.time(9, 0), datetime.UTC
    )


# --- the recipients -----------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One CSV row: its line, the address and every column; ``problem`` when it is skipped."""

    line: int
    email: str
    fields: dict[str, str]
    problem: str = ""


def check_recipients(path: str | Path) -> list[str]:
    """Return the CSV's column names, or raise InputError when it cannot be used."""
    file = Path(path)
    try:
        with file.open(encoding="utf-8-sig", newline="") as handle:
            header = next(csv.reader(handle), None)
    except FileNotFoundError:
        raise InputError(f"{file}: no such recipients file") from None
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise InputError(f"{file}: cannot read recipients: {error}") from None
    columns = [name.strip().lower() for name in header or []]
    if "email" not in columns:
        raise InputError(f"{file}: no 'email' column in the header row")
    return columns


def read_recipients(path: str | Path) -> Iterator[Row]:
    """Yield the CSV rows one at a time; a row with a bad address carries a problem."""
    file = Path(path)
    columns = check_recipients(file)
    try:
        with file.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            next(reader, None)
            for values in reader:
                if not any(v.strip() for v in values):
                    continue
                fields = {
                    name: one_line(value)
                    for name, value in zip(columns, values, strict=False)
                    if name
                }
                address = fields.get("email", "")
                fields["email"] = address
                line = reader.line_num
                if not address:
                    yield Row(line, address, fields, "no address")
                elif not _ADDRESS.match(address) or ".." in address:
                    yield Row(line, address, fields, "invalid address")
                else:
                    yield Row(line, address, fields)
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise InputError(f"{file}: cannot read recipients: {error}") from None


# --- the settings -------------------------------------------------------------------------


@dataclass(frozen=True)
class SmtpSettings:
    """Where and how to connect. The password is never shown (repr, logs, ledger)."""

    host: str
    port: int
    security: str = "starttls"
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    ca_file: Path | None = None
    timeout: float = 30.0


@dataclass(frozen=True)
class SendOptions:
    """How hard to push: connections, rate, retries, and whether to send at all."""

    concurrency: int = 4
    rate: float | None = None
    retries: int = 3
    retry_delay: float = 1.0
    dry_run: bool = False


def parse_port(value: str | None, security: str) -> int:
    """Return the port number from the --smtp-port option (default by security)."""
    if security not in SECURITY:
        raise InputError(f"--security {security}: choose one of {', '.join(SECURITY)}")
    if value is None:
        return DEFAULT_PORTS[security]
    try:
        port = int(value)
    except ValueError:
        port = 0
    if not 1 <= port <= 65535:
        raise InputError(f"--smtp-port {value}: not a port number (1-65535)")
    return port


def check_settings(smtp: SmtpSettings, options: SendOptions) -> None:
    """Raise InputError on settings that cannot work."""
    if smtp.security not in SECURITY:
        raise InputError(f"--security {smtp.security}: choose one of {', '.join(SECURITY)}")
    if not smtp.host.strip():
        raise InputError("--smtp-host: empty host name")
    if smtp.user and smtp.security == "none":
        raise InputError(
            "--user needs --security starttls or tls: the password would be sent in clear"
        )
    if smtp.user and not smtp.password:
        raise InputError(f"--user {smtp.user}: set the password in {PASSWORD_ENV}")
    if smtp.ca_file is not None and not smtp.ca_file.is_file():
        raise InputError(f"--ca-file {smtp.ca_file}: no such file")
    if options.concurrency < 1:
        raise InputError(f"--concurrency {options.concurrency}: must be at least 1")
    if options.rate is not None and options.rate <= 0:
        raise InputError(f"--rate {options.rate}: must be more than 0 messages per second")
    if options.retries < 0 or options.retry_delay < 0:
        raise InputError("--retries and --retry-delay must not be negative")


def tls_context(smtp: SmtpSettings) -> ssl.SSLContext | None:
    """Return the TLS context: system CAs, or only the --ca-file ones."""
    if smtp.security == "none":
        return None
    try:
        if smtp.ca_file is not None:
            return ssl.create_default_context(cafile=str(smtp.ca_file))
        return ssl.create_default_context()
    except (ssl.SSLError, OSError) as error:
        raise InputError(f"--ca-file {smtp.ca_file}: not a PEM certificate file: {error}") from None


# --- the summary --------------------------------------------------------------------------


@dataclass
class SendSummary:
    """What a run did; ``exit_code`` is 0 when every listed recipient has the notice."""

    notice: str = ""
    ledger: str = ""
    queued: int = 0
    sent: int = 0
    already_sent: int = 0
    failed: int = 0
    deferred: int = 0
    pending: int = 0
    skipped: int = 0
    uncertain: int = 0
    dry_run: bool = False
    stopped: str = ""
    fatal: str = ""
    skip_notes: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> ExitCode:
        """Return 0 when all were sent, 1 when some failed or are left for a rerun."""
        if self.failed or self.deferred or self.pending:
            return ExitCode.CHANGED
        return ExitCode.OK

    def to_dict(self) -> dict[str, Any]:
        """Return the counts for the ledger's run record."""
        keys = (
            "queued",
            "sent",
            "already_sent",
            "failed",
            "deferred",
            "pending",
            "skipped",
            "uncertain",
            "dry_run",
            "stopped",
            "fatal",
        )
        return {key: getattr(self, key) for key in keys}

    def text(self) -> str:
        """Return the summary in one or two lines."""
        head = f"dry run: would send {self.queued}" if self.dry_run else f"sent {self.sent}"
        line = (
            f"{head}, failed {self.failed}, skipped {self.skipped}"
            f" (already sent {self.already_sent}"
        )
        if self.deferred or self.pending:
            line += f"; left for a rerun: deferred {self.deferred}, pending {self.pending}"
        if self.uncertain:
            line += f"; resent after an interrupted DATA {self.uncertain}"
        line += ")"
        if self.stopped:
            line += f"\nstopped: {self.stopped}; rerun the same command to resume"
        return line


# --- sending ------------------------------------------------------------------------------


class _Fatal(Exception):
    """Retrying will not help (authentication, TLS trust, no STARTTLS): stop the run."""


class _Unreachable(Exception):
    """The server cannot be reached after the retries: stop the run, resume later."""


@dataclass(order=True)
class _Retry:
    due: float
    seq: int
    job: Job = field(compare=False)
    tries: int = field(compare=False)


class _Dispatcher:
    """Hands jobs to the workers: the ledger's open rows in order, then due retries."""

    def __init__(self, jobs: Iterator[Job], options: SendOptions) -> None:
        self.jobs = jobs
        self.options = options
        self.retries: list[_Retry] = []
        self.seq = 0
        self.in_flight = 0
        self.exhausted = False
        self.stopped = ""
        self.wake = asyncio.Event()
        self.next_slot = 0.0

    async def next(self) -> tuple[Job, int] | None:
        """Return the next (job, tries so far), or None when the run is over."""
        while not self.stopped:
            now = time.monotonic()
            if self.retries and self.retries[0].due <= now:
                item = heapq.heappop(self.retries)
                self.in_flight += 1
                return item.job, item.tries
            if not self.exhausted:
                job = next(self.jobs, None)
                if job is not None:
                    self.in_flight += 1
                    return job, 0
                self.exhausted = True
            if not self.retries and self.in_flight == 0:
                return None
            timeout = self.retries[0].due - now if self.retries else None
            self.wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.wake.wait(), timeout)
        return None

    def done(self) -> None:
        """Record that a job reached its state for this run."""
        self.in_flight -= 1
        self.wake.set()

    def retry(self, job: Job, tries: int) -> None:
        """Queue a job again after an exponential backoff (with a little jitter)."""
        delay = min(self.options.retry_delay * 2 ** (tries - 1), _MAX_DELAY)
        delay *= 1 + random.random() * 0.1
        self.seq += 1
        heapq.heappush(self.retries, _Retry(time.monotonic() + delay, self.seq, job, tries))
        self.done()

    def stop(self, reason: str) -> None:
        """Stop handing out jobs; rows not finished stay open in the ledger."""
        self.stopped = self.stopped or reason
        self.wake.set()

    async def pace(self) -> None:
        """Wait for the next slot of the --rate token bucket."""
        if not self.options.rate:
            return
        now = time.monotonic()
        slot = max(now, self.next_slot)
        self.next_slot = slot + 1 / self.options.rate
        if slot > now:
            await asyncio.sleep(slot - now)


def _is_trust_error(error: BaseException) -> bool:
    """Return whether an error is a TLS handshake or certificate failure."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ssl.SSLError) or "CERTIFICATE_VERIFY_FAILED" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


class _Sender:
    """One run: workers, connections, ledger updates, progress."""

    def __init__(
        self,
        notice: Notice,
        ledger: Ledger,
        smtp: SmtpSettings,
        options: SendOptions,
        summary: SendSummary,
        advance: Callable[[int], None],
    ) -> None:
        self.notice = notice
        self.ledger = ledger
        self.smtp = smtp
        self.options = options
        self.summary = summary
        self.advance = advance
        self.context = tls_context(smtp)
        self.local_hostname = socket.gethostname() or "localhost"

    async def run(self, jobs: Iterator[Job]) -> None:
        """Send every job with N workers."""
        self.dispatch = _Dispatcher(jobs, self.options)
        workers = [self.worker() for _ in range(self.options.concurrency)]
        results = await asyncio.gather(*workers, return_exceptions=True)
        for result in results:
            if isinstance(result, _Fatal):
                self.summary.fatal = self.summary.fatal or str(result)
            elif isinstance(result, BaseException):
                raise result
        self.summary.stopped = self.dispatch.stopped if not self.summary.fatal else ""

    async def connect(self) -> aiosmtplib.SMTP:
        """Return a connected (and logged in) client, retrying dropped or refused connects."""
        tries = 0
        while True:
            client = aiosmtplib.SMTP(
                hostname=self.smtp.host,
                port=self.smtp.port,
                use_tls=self.smtp.security == "tls",
                start_tls=self.smtp.security == "starttls",
                tls_context=self.context,
                timeout=self.smtp.timeout,
                local_hostname=self.local_hostname,
            )
            try:
                await client.connect()
                if self.smtp.user:
                    await client.login(self.smtp.user, self.smtp.password or "")
                return client
            except aiosmtplib.SMTPAuthenticationError as error:
                client.close()
                raise _Fatal(f"authentication failed: {error.code} {error.message}") from None
            except aiosmtplib.SMTPResponseException as error:
                client.close()
                if error.code >= 500 and error.code != 521:
                    raise _Fatal(f"{self.where}: {error.code} {error.message}") from None
                reason = f"{error.code} {error.message}"
            except (OSError, aiosmtplib.SMTPException, TimeoutError) as error:
                client.close()
                if _is_trust_error(error):
                    raise _Fatal(
                        f"{self.where}: TLS failed ({_one(error)}); trust the server's "
                        "certificate with --ca-file"
                    ) from None
                if isinstance(error, aiosmtplib.SMTPException) and "not supported" in str(error):
                    raise _Fatal(f"{self.where}: {_one(error)}") from None
                reason = _one(error)
            tries += 1
            if tries > self.options.retries or self.dispatch.stopped:
                raise _Unreachable(f"cannot connect to {self.where}: {reason}")
            delay = min(self.options.retry_delay * 2 ** (tries - 1), _MAX_DELAY)
            await asyncio.sleep(delay)

    @property
    def where(self) -> str:
        """Return host:port for messages."""
        return f"{self.smtp.host}:{self.smtp.port}"

    async def worker(self) -> None:
        """Send jobs over one connection until the run is over."""
        client: aiosmtplib.SMTP | None = None
        try:
            while (item := await self.dispatch.next()) is not None:
                job, tries = item
                if client is None or not client.is_connected:
                    try:
                        client = await self.connect()
                    except _Unreachable as error:
                        self.dispatch.stop(str(error))
                        self.dispatch.done()
                        break
                    except _Fatal as error:
                        self.dispatch.stop(str(error))
                        self.dispatch.done()
                        raise
                await self.dispatch.pace()
                if not await self.deliver(client, job, tries):
                    client.close()
                    client = None
        except BaseException as error:
            self.dispatch.stop(f"internal error: {_one(error)}")
            raise
        finally:
            if client is not None and client.is_connected:
                try:
                    await client.quit()
                except (aiosmtplib.SMTPException, OSError, TimeoutError):
                    client.close()

    async def deliver(self, client: aiosmtplib.SMTP, job: Job, tries: int) -> bool:
        """Send one message; record the outcome. Return False when the connection is gone."""
        ledger = self.ledger
        eight_bit = client.supports_extension("8bitmime")
        try:
            data = self.notice.render(job.fields, job.message_id, eight_bit)
        except TosdiffError as error:
            self.dispatch.stop(str(error))
            self.dispatch.done()
            raise _Fatal(str(error)) from None
        stage = "mail"
        try:
            await client.mail(self.notice.sender, options=["BODY=8BITMIME"] if eight_bit else [])
            stage = "rcpt"
            await client.rcpt(job.email)
            stage = "data"
            ledger.mark_sending(job.rowid)
            reply = await client.data(data)
        except aiosmtplib.SMTPResponseException as error:
            counted = stage != "data"
            reason = f"{error.code} {one_line(error.message)}"
            if error.code == 421 or 400 <= error.code < 500:
                self.temporary(job, tries, error.code, reason, counted=counted)
                if error.code == 421:
                    return False
            else:
                ledger.mark_failed(job.rowid, "failed", error.code, reason, counted=counted)
                self.summary.failed += 1
                self.finish()
            await _reset(client)
            return client.is_connected
        except (OSError, aiosmtplib.SMTPException, TimeoutError) as error:
            uncertain = stage == "data"
            what = "during DATA: delivery uncertain" if uncertain else f"before DATA ({stage})"
            reason = f"connection lost {what}: {_one(error)}"
            self.temporary(job, tries, None, reason, counted=not uncertain, uncertain=uncertain)
            return False
        ledger.mark_sent(job.rowid, reply.code, one_line(reply.message))
        self.summary.sent += 1
        self.finish()
        return True

    def temporary(
        self,
        job: Job,
        tries: int,
        code: int | None,
        reason: str,
        *,
        counted: bool,
        uncertain: bool = False,
    ) -> None:
        """Record a temporary failure; retry after a backoff, or leave it for the next run."""
        self.ledger.mark_failed(
            job.rowid, "deferred", code, reason, counted=counted, uncertain=uncertain
        )
        if uncertain:
            self.summary.uncertain += 1
        if tries + 1 <= self.options.retries and not self.dispatch.stopped:
            self.dispatch.retry(job, tries + 1)
        else:
            self.summary.deferred += 1
            self.finish()

    def finish(self) -> None:
        """Count one job as done for the progress bar and the dispatcher."""
        self.dispatch.done()
        self.advance(1)


async def _reset(client: aiosmtplib.SMTP) -> None:
    """Reset the envelope after a refused command (as aiosmtplib's sendmail does)."""
    try:
        await client.rset()
    except (aiosmtplib.SMTPException, OSError, TimeoutError):
        client.close()


def _one(error: BaseException) -> str:
    """Return an exception as one short line."""
    return one_line(str(error) or type(error).__name__)[:300]


# --- the run ------------------------------------------------------------------------------

Progress = Callable[[int], Callable[[int], None]]


def send_notices(
    notice: Notice,
    recipients: str | Path,
    ledger_path: str | Path,
    smtp: SmtpSettings | None,
    options: SendOptions = SendOptions(),
    *,
    progress: Progress | None = None,
    report_skip: Callable[[str], None] | None = None,
) -> SendSummary:
    """Send the notice to every recipient of the CSV not yet sent; return the summary.

    Rerunning with the same ledger resumes: sent rows are skipped, the rest retried.
    """
    check_recipients(recipients)
    if smtp is not None:
        check_settings(smtp, options)
    elif not options.dry_run:
        raise InputError("--smtp-host is required (or use --dry-run)")
    path = Path(ledger_path)
    if options.dry_run and not path.exists():
        path = Path(":memory:")
    ledger = Ledger(path)
    summary = SendSummary(notice=notice.id, ledger=str(ledger_path), dry_run=options.dry_run)
    try:
        ledger.begin()
        run = ledger.start_run(notice.id, str(notice.folder), str(recipients), options.dry_run)
        plan(ledger, notice, run, recipients, summary, report_skip)
        summary.queued = ledger.open_count(notice.id, run)
        advance = progress(summary.queued) if progress else (lambda n: None)
        if options.dry_run:
            for job in ledger.open_jobs(notice.id, run):
                notice.render(job.fields, job.message_id)
                advance(1)
            ledger.rollback()
        else:
            sender = _Sender(notice, ledger, smtp, options, summary, advance)  # type: ignore[arg-type]
            asyncio.run(sender.run(ledger.open_jobs(notice.id, run)))
            counts = ledger.counts(notice.id, run)
            summary.failed = counts["failed"]
            summary.deferred = counts["deferred"]
            summary.pending = counts["pending"] + counts["sending"]
            summary.uncertain = ledger.uncertain(notice.id, run)
        if not options.dry_run:
            ledger.finish_run(run, summary.to_dict())
    finally:
        ledger.rollback()
        ledger.close()
    if summary.fatal:
        raise SendError(f"{summary.fatal} ({summary.text().splitlines()[0]})")
    return summary


def plan(
    ledger: Ledger,
    notice: Notice,
    run: str,
    recipients: str | Path,
    summary: SendSummary,
    report_skip: Callable[[str], None] | None,
) -> None:
    """Stream the CSV into the ledger: queue new rows, skip bad and duplicate addresses.

    Called inside a transaction; commits every 2,000 rows (a dry run never commits).
    """
    for count, row in enumerate(read_recipients(recipients), 1):
        problem = row.problem
        if not problem:
            state = ledger.add(
                notice.id, run, row.email, row.fields, row.line, message_id(notice, row.email)
            )
            problem = "duplicate address" if state == "duplicate" else ""
        if problem:
            summary.skipped += 1
            ledger.skip(run, row.line, row.email, problem)
            if report_skip:
                report_skip(f"{recipients}:{row.line}: {problem}: {row.email!r}; skipped")
        if count % 2000 == 0 and not summary.dry_run:
            ledger.commit()
            ledger.begin()
    ledger.reopen_interrupted(notice.id, run)
    summary.already_sent = ledger.counts(notice.id, run)["sent"]
    if not summary.dry_run:
        ledger.commit()


# --- --status -----------------------------------------------------------------------------


def ledger_status(path: str | Path) -> tuple[str, ExitCode]:
    """Return the state of every notice in a ledger as text, and 0/1 like a send."""
    ledger = Ledger(path, readonly=True)
    lines = [f"ledger: {path}"]
    code = ExitCode.OK
    try:
        for info in ledger.notices():
            counts = ledger.counts(info["notice"])
            open_ = counts["pending"] + counts["sending"] + counts["deferred"]
            if counts["failed"] or open_:
                code = ExitCode.CHANGED
            lines.append(
                f"notice {info['notice'][:12]} ({info['folder']}): {info['runs']} run(s), "
                f"last {info['started']}{'' if info['finished'] else ' (did not finish)'}"
            )
            lines.append("  " + ", ".join(f"{status} {counts[status]}" for status in counts))
            skipped, rows = ledger.skipped(info["run"])
            if skipped:
                lines.append(f"  skipped in the last run: {skipped}")
                lines += [f"    line {line}: {reason}: {addr!r}" for line, addr, reason in rows]
            failures = ledger.failures(info["notice"])
            if failures:
                lines.append("  not delivered:")
                lines += [f"    {addr}: {status}: {reason}" for addr, status, _, reason in failures]
    finally:
        ledger.close()
    if len(lines) == 1:
        lines.append("no sends recorded")
    return "\n".join(lines) + "\n", code


__all__ = [
    "LEDGER_NAME",
    "PASSWORD_ENV",
    "Notice",
    "SendOptions",
    "SendSummary",
    "SmtpSettings",
    "ledger_status",
    "load_notice",
    "message_id",
    "parse_port",
    "send_notices",
]
