"""A real SMTP server for the send tests: aiosmtpd on 127.0.0.1, recording what it accepts.

``SmtpServer`` wraps aiosmtpd's threaded Controller on a fixed free port so a test can stop
it in the middle of a run and start it again on the same port. ``Recorder`` is the handler:
it keeps every accepted message, answers chosen RCPT addresses with 4xx/5xx codes, and can
stop the server after N messages. Its DATA hook does not await, so a message is recorded if
and only if the 250 reply was written: counts on this side are exact.
"""

from __future__ import annotations

import email
import email.policy
import socket
import ssl
import subprocess
import threading
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


@dataclass
class Received:
    """One accepted message: envelope and parsed content."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    login: str | None

    @property
    def message(self) -> EmailMessage:
        parsed = email.message_from_bytes(self.data, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class Recorder:
    """aiosmtpd handler: record messages, refuse chosen addresses, stop after N messages.

    ``codes`` maps an address to a reply ("451 4.3.0 try later"); ``times`` limits how many
    RCPTs get that reply before the address is accepted (absent: always).
    """

    codes: dict[str, str] = field(default_factory=dict)
    times: dict[str, int] = field(default_factory=dict)
    stop_after: int | None = None
    on_stop: Any = None
    messages: list[Received] = field(default_factory=list)
    refused: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(  # noqa: N802 (aiosmtpd hook name)
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        reply = self.codes.get(address)
        if reply is not None:
            count = self.refused.get(address, 0)
            if address not in self.times or count < self.times[address]:
                self.refused[address] = count + 1
                return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        login = session.auth_data.login.decode() if session.auth_data else None
        with self.lock:
            self.messages.append(
                Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.content, login)
            )
            count = len(self.messages)
        if self.stop_after is not None and count == self.stop_after and self.on_stop:
            threading.Thread(target=self.on_stop, daemon=True).start()
        return "250 2.0.0 Message accepted for delivery"

    def by_rcpt(self) -> dict[str, list[Received]]:
        """Return the accepted messages per recipient address."""
        found: dict[str, list[Received]] = {}
        for item in self.messages:
            for rcpt in item.rcpt_tos:
                found.setdefault(rcpt, []).append(item)
        return found


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class SmtpServer:
    """aiosmtpd on 127.0.0.1:port that can be stopped and started again on the same port."""

    def __init__(self, handler: Recorder, **smtp_options: Any) -> None:
        self.handler = handler
        self.port = free_port()
        self.smtp_options = smtp_options
        self.controller: Controller | None = None
        self.logins: list[tuple[str, str]] = []

    def start(self) -> SmtpServer:
        self.controller = Controller(
            self.handler,
            hostname="127.0.0.1",
            port=self.port,
            server_hostname="localhost",
            ready_timeout=10,
            **self.smtp_options,
        )
        self.controller.start()
        return self

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def __enter__(self) -> SmtpServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """Write a self-signed certificate for localhost and 127.0.0.1; return (cert, key)."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
            "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", str(key), "-out", str(cert),
            "-days", "2", "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


def server_tls_context(cert: Path, key: Path) -> ssl.SSLContext:
    """Return the server side TLS context for a certificate."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(cert), str(key))
    return context


def authenticator(users: dict[str, str]) -> Any:
    """Return an aiosmtpd authenticator accepting these user names and passwords."""

    def check(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        if isinstance(data, LoginPassword):
            user, password = data.login.decode(), data.password.decode()
            if users.get(user) == password:
                return AuthResult(success=True, auth_data=data)
        return AuthResult(success=False, handled=False)

    return check
