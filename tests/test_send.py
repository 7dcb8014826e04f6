"""`tosdiff send`: a real SMTP server (aiosmtpd on 127.0.0.1), the ledger, resume, TLS, AUTH."""

from __future__ import annotations

import datetime
import html
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from smtp_server import (
    Recorder,
    SmtpServer,
    authenticator,
    free_port,
    make_certificate,
    server_tls_context,
)
from typer.testing import CliRunner, Result

from tosdiff import compare, load
from tosdiff.cli import app
from tosdiff.config import NoticeConfig
from tosdiff.examples import example_paths
from tosdiff.notice import build_notices, write_notices
from tosdiff.send import load_notice, message_id, read_recipients

PASSWORD = "s3cret-Pa55word-never-shown"


@pytest.fixture(scope="module")
def notice_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a folder written by `tosdiff notice` (email channel) for the bundled example."""
    old, new = example_paths()
    bundle = build_notices(
        compare(load(old), load(new)),
        config=NoticeConfig(sender="ACME Notices <notices@acme.test>", product="ACME"),
        notice_date=datetime.date(2026, 12, 1),
        channels=("email",),
    )
    folder = tmp_path_factory.mktemp("notice")
    write_notices(bundle, folder)
    return folder


def write_csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def send(*args: object, exit_code: int = 0, env: dict[str, str] | None = None) -> Result:
    """Run `tosdiff send ...` and check the exit code, showing the output on failure."""
    argv = ["send", *(str(arg) for arg in args)]
    result = CliRunner().invoke(app, argv, env=env)
    assert result.exit_code == exit_code, (argv, result.stdout, result.stderr, result.exception)
    assert "Traceback" not in result.stderr
    return result


def plain(server: SmtpServer, ledger: Path) -> list[object]:
    """Return the options to send to a plain test server quickly."""
    return [
        "--smtp-host", "127.0.0.1", "--smtp-port", server.port, "--security", "none",
        "--ledger", ledger, "--retry-delay", "0.02",
    ]  # fmt: skip


def ledger_rows(path: Path) -> dict[str, tuple]:
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT key, status, attempts, code, reason, uncertain FROM deliveries")
        return {row[0]: row[1:] for row in rows}


# --- delivery -------------------------------------------------------------------------------


def test_delivery_parts_headers_and_names(notice_dir: Path, tmp_path: Path) -> None:
    csv = write_csv(
        tmp_path / "r.csv",
        'email,name,locale,plan\nzoe@example.com,"Zoë <Quinn> & Co",de,pro\nbob@example.org,,,\n',
    )
    ledger = tmp_path / "ledger.sqlite"
    with SmtpServer(Recorder()) as server:
        result = send(notice_dir, "--recipients", csv, *plain(server, ledger))
    assert "sent 2, failed 0, skipped 0" in result.stderr
    got = server.handler.by_rcpt()
    assert set(got) == {"zoe@example.com", "bob@example.org"}
    assert all(len(items) == 1 for items in got.values())
    notice = load_notice(notice_dir)
    eml = (notice_dir / "email.eml").read_bytes()
    for address, items in got.items():
        item = items[0]
        message = item.message
        assert item.mail_from == "notices@acme.test"
        assert message.get_content_type() == "multipart/alternative"
        parts = {part.get_content_type(): part for part in message.iter_parts()}
        assert set(parts) == {"text/plain", "text/html"}
        assert all(part.get_content_charset() == "utf-8" for part in parts.values())
        assert message["From"] == "ACME Notices <notices@acme.test>"
        assert message["Subject"] == (notice_dir / "email-subject.txt").read_text().strip()
        assert message["Message-ID"] == message_id(notice, address)
        assert message["Date"] and f"Date: {message['Date']}".encode() in eml
        assert address in message["To"]
    zoe = got["zoe@example.com"][0].message
    bob = got["bob@example.org"][0].message
    assert zoe["To"].addresses[0].display_name == "Zoë <Quinn> & Co"
    assert zoe["Content-Language"] == "de" and bob["Content-Language"] == "en"
    zoe_text = zoe.get_body(("plain",)).get_content().replace("\r\n", "\n")
    zoe_html = zoe.get_body(("html",)).get_content()
    assert "Hello Zoë <Quinn> & Co," in zoe_text
    assert "Hello Zoë &lt;Quinn&gt; &amp; Co," in zoe_html  # escaped in HTML
    assert '<html lang="de">' in zoe_html
    # a recipient without a name gets exactly the notice's own text and HTML
    bob_text = bob.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert bob_text == (notice_dir / "email.txt").read_text(encoding="utf-8")
    bob_html = bob.get_body(("html",)).get_content().replace("\r\n", "\n")
    assert bob_html == (notice_dir / "email.html").read_text(encoding="utf-8")
    assert ledger_rows(ledger)["zoe@example.com"][:2] == ("sent", 1)


def test_any_column_reaches_the_template(notice_dir: Path, tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "email-subject.txt").write_text(
        "{{ product }} terms for {{ recipient.name or 'you' }} ({{ recipient.plan }} plan)"
    )
    (templates / "email.txt").write_text(
        '{% extends "default:email.txt" %}{% block body %}'
        "Account {{ recipient.account | upper }}\n{{ super() }}{% endblock %}"
    )
    csv = write_csv(tmp_path / "r.csv", "email,name,plan,account\na@example.com,Ann,gold,ab-1\n")
    with SmtpServer(Recorder()) as server:
        send(
            notice_dir, "--recipients", csv, "--templates", templates,
            *plain(server, tmp_path / "l.sqlite"),
        )  # fmt: skip
    message = server.handler.messages[0].message
    assert message["Subject"] == "ACME terms for Ann (gold plan)"
    text = message.get_body(("plain",)).get_content()
    assert text.startswith("Account AB-1") and "Hello Ann," in text  # a filter: full render


def test_fast_render_equals_full_render(notice_dir: Path) -> None:
    notice = load_notice(notice_dir)
    for fields in (
        {"email": "a@example.com", "name": 'Ann O\'Neil "AO"', "locale": "fr"},
        {"email": "b@example.com", "name": "", "locale": ""},
        {"email": "c@example.com", "name": "Ünïcode Nåme"},
    ):
        context = notice.context
        fast = notice._render_fast(context, fields)
        full = notice._render_full(context, fields)
        assert fast is not None and notice.fast
        assert fast[:3] == full[:3]
        assert html.unescape(fast[3]) == html.unescape(full[3])


def test_invalid_and_duplicate_addresses_are_skipped(notice_dir: Path, tmp_path: Path) -> None:
    csv = write_csv(
        tmp_path / "r.csv",
        "Email,Name\n"
        "ok@example.com,Ok\n"
        "not-an-address,Bad\n"
        ",Empty\n"
        "OK@Example.com,Dup\n"
        "two@example.com,Two\n"
        "\n",
    )
    ledger = tmp_path / "l.sqlite"
    with SmtpServer(Recorder()) as server:
        result = send(notice_dir, "--recipients", csv, *plain(server, ledger))
    assert sorted(server.handler.by_rcpt()) == ["ok@example.com", "two@example.com"]
    assert "r.csv:3: invalid address: 'not-an-address'; skipped" in result.stderr
    assert "r.csv:4: no address" in result.stderr
    assert "r.csv:5: duplicate address: 'OK@Example.com'; skipped" in result.stderr
    assert "sent 2, failed 0, skipped 3" in result.stderr
    status = send("--status", "--ledger", ledger)
    assert "skipped in the last run: 3" in status.stdout


def test_read_recipients_streams(tmp_path: Path) -> None:
    csv = write_csv(
        tmp_path / "r.csv", "email\n" + "".join(f"u{i}@example.com\n" for i in range(5))
    )
    rows = read_recipients(csv)
    assert next(rows).email == "u0@example.com"  # a generator: the file is read as needed


# --- failures, retries, resume ----------------------------------------------------------------


def test_temporary_and_permanent_failures(notice_dir: Path, tmp_path: Path) -> None:
    handler = Recorder(
        codes={
            "later@example.com": "451 4.3.0 Try again later",
            "never@example.com": "450 4.2.1 Mailbox busy",
            "gone@example.com": "550 5.1.1 No such user",
        },
        times={"later@example.com": 2},
    )
    csv = write_csv(
        tmp_path / "r.csv",
        "email\nok@example.com\nlater@example.com\nnever@example.com\ngone@example.com\n",
    )
    ledger = tmp_path / "l.sqlite"
    with SmtpServer(handler) as server:
        args = [notice_dir, "--recipients", csv, *plain(server, ledger), "--retries", "2"]
        result = send(*args, exit_code=1)
        rows = ledger_rows(ledger)
        assert rows["ok@example.com"][:2] == ("sent", 1)
        assert rows["later@example.com"][:2] == ("sent", 3)  # 451, 451, then accepted
        assert rows["never@example.com"][:4] == ("deferred", 3, 450, "450 4.2.1 Mailbox busy")
        assert rows["gone@example.com"][:4] == ("failed", 1, 550, "550 5.1.1 No such user")
        assert "sent 2, failed 1" in result.stderr and "deferred 1" in result.stderr
        # a rerun retries the temporary failure only; the 5xx stays failed, nobody gets two
        send(*args, exit_code=1)
        rows = ledger_rows(ledger)
        assert rows["never@example.com"][:2] == ("deferred", 6)
        assert rows["gone@example.com"][:2] == ("failed", 1)
    assert handler.refused["gone@example.com"] == 1
    assert {a: len(m) for a, m in handler.by_rcpt().items()} == {
        "ok@example.com": 1,
        "later@example.com": 1,
    }
    status = send("--status", "--ledger", ledger, exit_code=1)
    assert "gone@example.com: failed: 550 5.1.1 No such user" in status.stdout
    assert "sent 2, failed 1, deferred 1" in status.stdout


def test_server_stopped_mid_run_then_rerun_delivers_exactly_once(
    notice_dir: Path, tmp_path: Path
) -> None:
    count = 60
    csv = write_csv(
        tmp_path / "r.csv",
        "email,name\n" + "".join(f"u{i}@example.com,U {i}\n" for i in range(count)),
    )
    ledger = tmp_path / "l.sqlite"
    handler = Recorder(stop_after=20)
    server = SmtpServer(handler)
    handler.on_stop = server.stop
    server.start()
    args = [notice_dir, "--recipients", csv, *plain(server, ledger), "--concurrency", "4"]
    first = send(*args, "--retries", "1", exit_code=1)
    assert "rerun the same command to resume" in first.stderr
    assert server.controller is None  # the handler stopped it
    received_first = len(handler.messages)
    assert 20 <= received_first < count
    with server:  # started again on the same port
        second = send(*args)
    assert f"already sent {received_first}" in second.stderr
    got = handler.by_rcpt()
    assert sorted(got) == sorted(f"u{i}@example.com" for i in range(count))
    notice = load_notice(notice_dir)
    for address, items in got.items():
        assert len(items) == 1, address  # exactly once
        assert items[0].message["Message-ID"] == message_id(notice, address)
    assert {row[0] for row in ledger_rows(ledger).values()} == {"sent"}


def test_interrupted_data_is_resent_with_the_same_message_id(
    notice_dir: Path, tmp_path: Path
) -> None:
    csv = write_csv(tmp_path / "r.csv", "email\na@example.com\nb@example.com\n")
    ledger = tmp_path / "l.sqlite"
    with SmtpServer(Recorder()) as server:
        send(notice_dir, "--recipients", csv, *plain(server, ledger))
        with sqlite3.connect(ledger) as db:  # as if we crashed between DATA and the 250
            db.execute("UPDATE deliveries SET status = 'sending' WHERE key = 'b@example.com'")
        result = send(notice_dir, "--recipients", csv, *plain(server, ledger))
    assert "sent 1," in result.stderr and "resent after an interrupted DATA 1" in result.stderr
    copies = server.handler.by_rcpt()["b@example.com"]
    assert len(copies) == 2 and len({m.message["Message-ID"] for m in copies}) == 1
    assert len(server.handler.by_rcpt()["a@example.com"]) == 1
    assert ledger_rows(ledger)["b@example.com"][4] == 1  # uncertain count kept


def test_rate_limit(notice_dir: Path, tmp_path: Path) -> None:
    csv = write_csv(
        tmp_path / "r.csv", "email\n" + "".join(f"u{i}@example.com\n" for i in range(6))
    )
    with SmtpServer(Recorder()) as server:
        start = time.monotonic()
        send(notice_dir, "--recipients", csv, *plain(server, tmp_path / "l"), "--rate", "20")
        elapsed = time.monotonic() - start
    assert len(server.handler.messages) == 6
    assert elapsed >= 5 / 20 * 0.9


def test_default_ledger_in_dir_and_nothing_resent(notice_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "notice"
    shutil.copytree(notice_dir, folder)
    csv = write_csv(tmp_path / "r.csv", "email\na@example.com\n")
    with SmtpServer(Recorder()) as server:
        args = [folder, "--recipients", csv, "--smtp-host", "127.0.0.1"]
        args += ["--smtp-port", server.port, "--security", "none"]
        send(*args)
        again = send(*args)
    assert (folder / "send-ledger.sqlite").is_file()
    assert len(server.handler.messages) == 1
    assert "sent 0, failed 0, skipped 0 (already sent 1)" in again.stderr
    status = send(folder, "--status")
    assert "sent 1" in status.stdout


def test_dry_run_connects_to_nothing(notice_dir: Path, tmp_path: Path) -> None:
    csv = write_csv(tmp_path / "r.csv", "email,name\na@example.com,A\nb@example.com,B\n")
    ledger = tmp_path / "l.sqlite"
    port = free_port()  # nothing listens here
    result = send(
        notice_dir, "--recipients", csv, "--smtp-host", "127.0.0.1", "--smtp-port", port,
        "--ledger", ledger, "--dry-run",
    )  # fmt: skip
    assert "dry run: would send 2" in result.stderr
    assert not ledger.exists()


# --- TLS, AUTH, the password ------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return make_certificate(tmp_path_factory.mktemp("tls"))


def test_starttls_and_auth_never_show_the_password(
    notice_dir: Path, tmp_path: Path, certificate: tuple[Path, Path]
) -> None:
    cert, key = certificate
    csv = write_csv(tmp_path / "r.csv", "email\na@example.com\n")
    ledger = tmp_path / "l.sqlite"
    server = SmtpServer(
        Recorder(),
        tls_context=server_tls_context(cert, key),
        require_starttls=True,
        auth_required=True,
        auth_require_tls=True,
        authenticator=authenticator({"mailer": PASSWORD}),
    )
    base = [notice_dir, "--recipients", csv, "--smtp-host", "127.0.0.1"]
    base += ["--smtp-port", server.port, "--ledger", ledger, "--user", "mailer"]
    base += ["--retries", "0"]
    env = {"TOSDIFF_SMTP_PASSWORD": PASSWORD}
    outputs = []
    with server:
        # the self-signed certificate is refused unless trusted with --ca-file
        refused = send(*base, env=env, exit_code=2)
        assert "--ca-file" in refused.stderr and len(refused.stderr.splitlines()) == 1
        wrong = send(*base, "--ca-file", cert, env={"TOSDIFF_SMTP_PASSWORD": "nope"}, exit_code=2)
        assert "authentication failed" in wrong.stderr
        ok = send(*base, "--ca-file", cert, env=env)
        outputs += [refused, wrong, ok, send("--status", "--ledger", ledger, env=env)]
    assert [m.login for m in server.handler.messages] == ["mailer"]
    for result in outputs:
        assert PASSWORD not in result.stdout + result.stderr
    for file in tmp_path.iterdir():
        assert PASSWORD.encode() not in file.read_bytes(), file


def test_user_without_password_or_tls_is_refused(notice_dir: Path, tmp_path: Path) -> None:
    csv = write_csv(tmp_path / "r.csv", "email\na@example.com\n")
    base = [notice_dir, "--recipients", csv, "--smtp-host", "127.0.0.1", "--user", "u"]
    result = send(*base, exit_code=2, env={"TOSDIFF_SMTP_PASSWORD": ""})
    assert "TOSDIFF_SMTP_PASSWORD" in result.stderr
    env = {"TOSDIFF_SMTP_PASSWORD": PASSWORD}
    result = send(*base, "--security", "none", exit_code=2, env=env)
    assert "sent in clear" in result.stderr


# --- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("missing-dir", "no such notice folder"),
        ("no-notice-json", "notice.json: not found"),
        ("missing-csv", "no such recipients file"),
        ("no-email-column", "no 'email' column"),
        ("bad-port", "--smtp-port 99999: not a port number"),
        ("port-not-a-number", "--smtp-port abc: not a port number"),
        ("bad-security", "--security ssl: choose one of"),
        ("no-recipients", "missing --recipients"),
        ("bad-concurrency", "--concurrency 0: must be at least 1"),
        ("status-no-ledger", "no such ledger"),
    ],
)
def test_bad_input_is_one_line_exit_2(
    notice_dir: Path, tmp_path: Path, case: str, message: str
) -> None:
    csv = write_csv(tmp_path / "r.csv", "email\na@example.com\n")
    empty = tmp_path / "empty"
    empty.mkdir()
    host = ["--smtp-host", "127.0.0.1", "--ledger", tmp_path / "l.sqlite"]
    args = {
        "missing-dir": [tmp_path / "nope", "--recipients", csv, *host],
        "no-notice-json": [empty, "--recipients", csv, *host],
        "missing-csv": [notice_dir, "--recipients", tmp_path / "nope.csv", *host],
        "no-email-column": [
            notice_dir, "--recipients", write_csv(tmp_path / "x.csv", "mail,name\na@b.c,A\n"),
            *host,
        ],
        "bad-port": [notice_dir, "--recipients", csv, *host, "--smtp-port", "99999"],
        "port-not-a-number": [notice_dir, "--recipients", csv, *host, "--smtp-port", "abc"],
        "bad-security": [notice_dir, "--recipients", csv, *host, "--security", "ssl"],
        "no-recipients": [notice_dir, *host],
        "bad-concurrency": [notice_dir, "--recipients", csv, *host, "--concurrency", "0"],
        "status-no-ledger": ["--status", "--ledger", tmp_path / "none.sqlite"],
    }[case]  # fmt: skip
    result = send(*args, exit_code=2)
    assert result.stderr.startswith("tosdiff: error: ") and message in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert not (tmp_path / "l.sqlite").exists()


def test_help_lists_the_contract_options() -> None:
    result = send("--help")
    for option in (
        "--recipients",
        "--smtp-host",
        "--smtp-port",
        "--security",
        "--user",
        "--ledger",
        "--concurrency",
        "--rate",
        "--dry-run",
        "--status",
        "--ca-file",
    ):
        assert option in result.stdout, option
    assert "TOSDIFF_SMTP_PASSWORD" in result.stdout
