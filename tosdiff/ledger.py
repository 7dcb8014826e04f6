"""The send ledger: one SQLite row per recipient and notice, written before and after each message.

Statuses: ``pending`` (queued), ``sending`` (accepted by RCPT, DATA under way), ``sent``,
``failed`` (permanent 5xx, with the reason), ``deferred`` (temporary failure after the
retries of a run; retried by the next run). A row left in ``sending`` by a crash is an
uncertain delivery: the next run counts it in ``uncertain`` and sends it again with the same
Message-ID, so receivers can drop the copy (see README, "Sending email").

The ledger is the only state of a send: rerunning the same command resumes from it. Rows are
read in pages and written one at a time (WAL, autocommit), so memory does not grow with the
number of recipients.
"""

from __future__ import annotations

import datetime
import json
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError

STATUSES = ("pending", "sending", "sent", "failed", "deferred")
OPEN = ("pending", "sending", "deferred")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS deliveries (
    notice      TEXT NOT NULL,             -- notice id (hash of notice.json)
    key         TEXT NOT NULL,             -- the address, lower case: one row per mailbox
    email       TEXT NOT NULL,             -- the address as the CSV gave it
    status      TEXT NOT NULL DEFAULT 'pending',
    attempts    INTEGER NOT NULL DEFAULT 0,
    uncertain   INTEGER NOT NULL DEFAULT 0,  -- times resent after an interrupted DATA
    code        INTEGER,                   -- last SMTP reply code
    reason      TEXT NOT NULL DEFAULT '',  -- last failure, or the server's acceptance reply
    message_id  TEXT NOT NULL,
    fields      TEXT NOT NULL,             -- the CSV row (JSON), for the template
    line        INTEGER,                   -- CSV line of the row
    run         TEXT NOT NULL,             -- last run whose CSV listed the recipient
    created     TEXT NOT NULL,
    updated     TEXT NOT NULL,
    sent_at     TEXT,
    PRIMARY KEY (notice, key)
);
CREATE INDEX IF NOT EXISTS deliveries_open ON deliveries (notice, status);
CREATE TABLE IF NOT EXISTS runs (
    run         TEXT PRIMARY KEY,
    notice      TEXT NOT NULL,
    folder      TEXT NOT NULL,
    recipients  TEXT NOT NULL,
    dry_run     INTEGER NOT NULL,
    started     TEXT NOT NULL,
    finished    TEXT,
    summary     TEXT
);
CREATE TABLE IF NOT EXISTS skipped (
    run         TEXT NOT NULL,
    line        INTEGER NOT NULL,
    email       TEXT NOT NULL,
    reason      TEXT NOT NULL
);
"""


def now() -> str:
    """Return the current UTC time, ISO 8601 with milliseconds."""
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class Job:
    """One open ledger row: whom to send to, with what Message-ID, the CSV row."""

    rowid: int
    email: str
    message_id: str
    fields: dict[str, str]
    attempts: int


class Ledger:
    """The SQLite ledger of a send (see the module docstring for the statuses)."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        try:
            if readonly:
                if not self.path.is_file():
                    raise InputError(f"{self.path}: no such ledger")
                uri = f"file:{self.path.resolve()}?mode=ro"
                self.db = sqlite3.connect(uri, uri=True, isolation_level=None)
            else:
                self.db = sqlite3.connect(str(self.path), isolation_level=None, timeout=30)
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self.db.executescript(_SCHEMA)
            self.db.execute("SELECT count(*) FROM deliveries").fetchone()
        except sqlite3.DatabaseError as error:
            raise InputError(f"{self.path}: not a tosdiff ledger: {error}") from None

    def close(self) -> None:
        """Close the database."""
        self.db.close()

    # --- a run -------------------------------------------------------------------------

    def start_run(self, notice: str, folder: str, recipients: str, dry_run: bool) -> str:
        """Record a new run and return its id."""
        run = uuid.uuid4().hex[:16]
        self.db.execute(
            "INSERT INTO runs (run, notice, folder, recipients, dry_run, started) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (run, notice, folder, recipients, int(dry_run), now()),
        )
        return run

    def finish_run(self, run: str, summary: dict[str, Any]) -> None:
        """Record the end of a run and its summary."""
        self.db.execute(
            "UPDATE runs SET finished = ?, summary = ? WHERE run = ?",
            (now(), json.dumps(summary), run),
        )

    def begin(self) -> None:
        """Open a transaction (planning writes many rows at once)."""
        self.db.execute("BEGIN")

    def commit(self) -> None:
        """Commit the open transaction."""
        self.db.execute("COMMIT")

    def rollback(self) -> None:
        """Roll back the open transaction (a dry run leaves the ledger as it was)."""
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")

    def add(
        self, notice: str, run: str, email: str, fields: dict[str, str], line: int, message_id: str
    ) -> str:
        """Queue a recipient for this run; return "new", "listed" (known row) or "duplicate"."""
        key = email.lower()
        data = json.dumps(fields, ensure_ascii=False)
        cur = self.db.execute(
            "UPDATE deliveries SET run = ?, line = ?, "
            "fields = CASE WHEN status = 'sent' THEN fields ELSE ? END, "
            "email = CASE WHEN status = 'sent' THEN email ELSE ? END "
            "WHERE notice = ? AND key = ? AND run != ?",
            (run, line, data, email, notice, key, run),
        )
        if cur.rowcount:
            return "listed"
        try:
            stamp = now()
            self.db.execute(
                "INSERT INTO deliveries (notice, key, email, message_id, fields, line, run, "
                "created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (notice, key, email, message_id, data, line, run, stamp, stamp),
            )
        except sqlite3.IntegrityError:
            return "duplicate"
        return "new"

    def skip(self, run: str, line: int, email: str, reason: str) -> None:
        """Record a CSV row that was not queued (invalid or duplicate address)."""
        self.db.execute(
            "INSERT INTO skipped (run, line, email, reason) VALUES (?, ?, ?, ?)",
            (run, line, email, reason),
        )

    def reopen_interrupted(self, notice: str, run: str) -> int:
        """Turn rows a crash left in ``sending`` back to pending, flagged uncertain."""
        cur = self.db.execute(
            "UPDATE deliveries SET status = 'pending', uncertain = uncertain + 1, "
            "reason = 'interrupted during DATA: delivery uncertain, resent with the same "
            "Message-ID', updated = ? WHERE notice = ? AND run = ? AND status = 'sending'",
            (now(), notice, run),
        )
        return cur.rowcount

    def open_count(self, notice: str, run: str) -> int:
        """Return how many rows of this run still need sending."""
        count: int = self.db.execute(
            "SELECT count(*) FROM deliveries WHERE notice = ? AND run = ? "
            "AND status IN ('pending', 'sending', 'deferred')",
            (notice, run),
        ).fetchone()[0]
        return count

    def open_jobs(self, notice: str, run: str, page: int = 500) -> Iterator[Job]:
        """Yield this run's open rows in CSV order, reading one page at a time."""
        last = 0
        while True:
            rows = self.db.execute(
                "SELECT rowid, email, message_id, fields, attempts FROM deliveries "
                "WHERE notice = ? AND run = ? AND rowid > ? "
                "AND status IN ('pending', 'sending', 'deferred') ORDER BY rowid LIMIT ?",
                (notice, run, last, page),
            ).fetchall()
            if not rows:
                return
            for rowid, email, message_id, fields, attempts in rows:
                yield Job(rowid, email, message_id, json.loads(fields), attempts)
            last = rows[-1][0]

    # --- one message -------------------------------------------------------------------

    def mark_sending(self, rowid: int) -> None:
        """Record that DATA is about to be sent (an uncertain delivery if we crash now)."""
        self.db.execute(
            "UPDATE deliveries SET status = 'sending', attempts = attempts + 1, updated = ? "
            "WHERE rowid = ?",
            (now(), rowid),
        )

    def mark_sent(self, rowid: int, code: int, reply: str) -> None:
        """Record that the server accepted the message."""
        stamp = now()
        self.db.execute(
            "UPDATE deliveries SET status = 'sent', code = ?, reason = ?, updated = ?, "
            "sent_at = ? WHERE rowid = ?",
            (code, reply[:500], stamp, stamp, rowid),
        )

    def mark_failed(
        self,
        rowid: int,
        status: str,
        code: int | None,
        reason: str,
        *,
        counted: bool = True,
        uncertain: bool = False,
    ) -> None:
        """Record a failure: status ``failed`` (permanent) or ``deferred`` (temporary)."""
        assert status in ("failed", "deferred", "pending")
        self.db.execute(
            "UPDATE deliveries SET status = ?, code = ?, reason = ?, updated = ?, "
            "attempts = attempts + ?, uncertain = uncertain + ? WHERE rowid = ?",
            (status, code, reason[:500], now(), int(counted), int(uncertain), rowid),
        )

    # --- reading -------------------------------------------------------------------------

    def counts(self, notice: str, run: str | None = None) -> dict[str, int]:
        """Return the number of rows per status (of one run's recipients, or all)."""
        sql = "SELECT status, count(*) FROM deliveries WHERE notice = ?"
        args: tuple[str, ...] = (notice,)
        if run is not None:
            sql, args = sql + " AND run = ?", (notice, run)
        found = dict(self.db.execute(sql + " GROUP BY status", args).fetchall())
        return {status: found.get(status, 0) for status in STATUSES}

    def uncertain(self, notice: str, run: str) -> int:
        """Return how many of this run's rows were resent after an interrupted DATA."""
        count: int = self.db.execute(
            "SELECT count(*) FROM deliveries WHERE notice = ? AND run = ? AND uncertain > 0",
            (notice, run),
        ).fetchone()[0]
        return count

    def notices(self) -> list[dict[str, Any]]:
        """Return every notice in the ledger with its last run, oldest first."""
        rows = self.db.execute(
            "SELECT notice, folder, recipients, started, finished, summary, run, "
            "count(*) OVER (PARTITION BY notice) FROM runs r WHERE started = "
            "(SELECT max(started) FROM runs WHERE notice = r.notice) ORDER BY started"
        ).fetchall()
        keys = ("notice", "folder", "recipients", "started", "finished", "summary", "run", "runs")
        return [dict(zip(keys, row, strict=True)) for row in rows]

    def failures(self, notice: str, limit: int = 20) -> list[tuple[str, str, int | None, str]]:
        """Return (email, status, code, reason) of failed and deferred rows."""
        return self.db.execute(
            "SELECT email, status, code, reason FROM deliveries WHERE notice = ? "
            "AND status IN ('failed', 'deferred') ORDER BY rowid LIMIT ?",
            (notice, limit),
        ).fetchall()

    def skipped(self, run: str, limit: int = 20) -> tuple[int, list[tuple[int, str, str]]]:
        """Return the number of skipped CSV rows of a run and the first few."""
        total = self.db.execute("SELECT count(*) FROM skipped WHERE run = ?", (run,)).fetchone()
        rows = self.db.execute(
            "SELECT line, email, reason FROM skipped WHERE run = ? ORDER BY rowid LIMIT ?",
            (run, limit),
        ).fetchall()
        return total[0], rows
