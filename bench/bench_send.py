"""Benchmark `tosdiff send`: N recipients to a local aiosmtpd sink, messages/s and peak memory.

    .venv/bin/python bench/bench_send.py                      # 10,000 recipients
    .venv/bin/python bench/bench_send.py --recipients 1000 --concurrency 8

The sink (a handler that counts and discards) runs in its own process, as a relay would;
the sender renders the bundled example's email per recipient (name substituted), writes the
ledger before and after each message and streams the CSV. Peak memory is the sender's
peak RSS (ru_maxrss) and its Python heap peak after the start-up (tracemalloc, --heap).
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


class Sink:
    """aiosmtpd handler: count messages and throw them away."""

    def __init__(self, counter: object) -> None:
        self.counter = counter

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:  # noqa: N802
        with self.counter.get_lock():  # type: ignore[attr-defined]
            self.counter.value += 1  # type: ignore[attr-defined]
        return "250 OK"


def serve(port: int, counter: object, ready: object, stop: object) -> None:
    """Run the sink until told to stop (in a child process)."""
    from aiosmtpd.controller import Controller

    controller = Controller(
        Sink(counter), hostname="127.0.0.1", port=port, server_hostname="localhost"
    )
    controller.start()
    ready.set()  # type: ignore[attr-defined]
    stop.wait()  # type: ignore[attr-defined]
    controller.stop()


def free_port() -> int:
    """Return a free TCP port on 127.0.0.1."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def make_notice(folder: Path) -> Path:
    """Render the bundled example's notices (email channel) into folder."""
    import datetime

    from tosdiff import compare, load
    from tosdiff.config import NoticeConfig
    from tosdiff.examples import example_paths
    from tosdiff.notice import build_notices, write_notices

    old, new = example_paths()
    bundle = build_notices(
        compare(load(old), load(new)),
        config=NoticeConfig(sender="Notices <notices@bench.example>"),
        notice_date=datetime.date(2026, 12, 1),
        channels=("email",),
    )
    write_notices(bundle, folder)
    return folder


def make_csv(path: Path, count: int) -> Path:
    """Write a CSV of count recipients, streamed."""
    with path.open("w", encoding="utf-8") as out:
        out.write("email,name,locale\n")
        for i in range(count):
            out.write(f"user{i}@bench.example,User Number {i},en\n")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recipients", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--heap", action="store_true", help="also trace the Python heap")
    args = parser.parse_args()

    from tosdiff.send import SendOptions, SmtpSettings, load_notice, send_notices

    with tempfile.TemporaryDirectory() as tmp:
        folder = make_notice(Path(tmp) / "notice")
        csv_path = make_csv(Path(tmp) / "recipients.csv", args.recipients)
        port = free_port()
        counter = multiprocessing.Value("i", 0)
        ready, stop = multiprocessing.Event(), multiprocessing.Event()
        sink = multiprocessing.Process(target=serve, args=(port, counter, ready, stop))
        sink.start()
        ready.wait(30)
        notice = load_notice(folder)
        base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        if args.heap:
            tracemalloc.start()
        start = time.perf_counter()
        summary = send_notices(
            notice,
            csv_path,
            Path(tmp) / "ledger.sqlite",
            SmtpSettings("127.0.0.1", port, security="none"),
            SendOptions(concurrency=args.concurrency),
        )
        elapsed = time.perf_counter() - start
        heap = tracemalloc.get_traced_memory()[1] / 2**20 if args.heap else None
        peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        stop.set()
        sink.join(30)
    received = counter.value
    print(
        f"recipients {args.recipients}  concurrency {args.concurrency}  sent {summary.sent}  "
        f"received {received}  {elapsed:.2f} s  {summary.sent / elapsed:.0f} msgs/s"
    )
    print(
        f"peak RSS {peak_rss:.1f} MB (after start-up {base_rss:.1f} MB)"
        + (f"  Python heap peak {heap:.1f} MB" if heap is not None else "")
    )
    return 0 if received == summary.sent == args.recipients else 1


if __name__ == "__main__":
    sys.exit(main())
