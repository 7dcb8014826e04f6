"""Benchmark `tosdiff log`: classify 200 versions of a 100 KB agreement from git history.

Run from anywhere:

    .venv/bin/python bench/bench_log.py                 # 200 versions, 100 KB, limit 60 s
    .venv/bin/python bench/bench_log.py --versions 50 --jobs 1

Builds a throw-away git repository in a temporary folder (one commit per version, via
``git fast-import``), then times ``tosdiff.history.history()`` end to end: git log,
reading every version, segmenting, aligning, redlining and classifying each commit
against the one before. Most edits are noise (typos, spacing), as in a versions
repository; some shorten a notice period or add a clause. Prints the time and PASS/FAIL.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run with a Python that has not installed tosdiff
    sys.path.insert(0, str(REPO))

from tosdiff.history import history, verdict  # noqa: E402

SENTENCES = [
    "The Platform shall notify the User at least {n} days before any change to these Terms.",
    "The User may terminate this Agreement at any time by closing the account.",
    "Fees are payable within {n} days of the invoice date and are not refundable.",
    "The Platform processes personal data in accordance with its Privacy Policy.",
    "Any dispute shall be settled by the courts of the place where the Platform is established.",
    "The User grants the Platform a non-exclusive licence to host the content the User uploads.",
    "The Platform's total liability shall not exceed the fees paid in the previous {n} months.",
    "The User shall keep the account password confidential and report any misuse promptly.",
]
TYPOS = [("receive", "recieve"), ("the ", "teh "), ("shall", "shal"), ("account", "acount")]


def agreement(size: int, rng: random.Random) -> list[str]:
    """Return clauses of a numbered agreement of about size bytes."""
    clauses: list[str] = []
    article = 0
    while sum(len(c) + 2 for c in clauses) < size:
        if len(clauses) % 12 == 0:
            article += 1
            clauses.append(f"## Article {article}. Terms part {article}")
            continue
        number = f"{article}.{len(clauses) % 12}"
        body = " ".join(
            rng.choice(SENTENCES).format(n=rng.choice([7, 14, 30, 60])) for _ in range(3)
        )
        clauses.append(f"{number} {body}")
    return clauses


def edit(clauses: list[str], rng: random.Random) -> str:
    """Change clauses in place the way real revisions do; return what was done."""
    roll = rng.random()
    i = rng.randrange(len(clauses))
    if clauses[i].startswith("##"):
        i = (i + 1) % len(clauses)
    if roll < 0.5:  # noise: a typo made or fixed
        good, bad = rng.choice(TYPOS)
        clauses[i] = clauses[i].replace(good, bad, 1) if good in clauses[i] else clauses[i] + " "
        return "typo"
    if roll < 0.7:  # noise: spacing only
        clauses[i] = clauses[i].replace(" ", "  ", 1)
        return "spacing"
    if roll < 0.9:  # material: a period changes
        for old, new in (("30 days", "15 days"), ("14 days", "7 days"), ("60 days", "30 days")):
            if old in clauses[i]:
                clauses[i] = clauses[i].replace(old, new, 1)
                return "period"
        clauses[i] += " The User shall indemnify the Platform against any claim."
        return "obligation"
    number = clauses[i].split(" ", 1)[0]
    clauses.insert(i + 1, f"{number}.1 The Platform may suspend the account without notice.")
    return "added"


def build_repo(root: Path, versions: int, size: int, seed: int) -> None:
    """Create a git repository with one commit per version of legal/terms.md."""
    rng = random.Random(seed)
    clauses = agreement(size, rng)
    stream = []
    for n in range(versions):
        what = "initial version" if n == 0 else edit(clauses, rng)
        data = ("# Terms of Service\n\n" + "\n\n".join(clauses) + "\n").encode()
        message = f"version {n}: {what}".encode()
        stream.append(b"commit refs/heads/main\n")
        stream.append(
            f"committer Bench <bench@example.com> {1700000000 + n * 3600} +0000\n".encode()
        )
        stream.append(b"data %d\n%s\n" % (len(message), message))
        stream.append(b"M 100644 inline legal/terms.md\ndata %d\n%s\n" % (len(data), data))
    subprocess.run(["git", "init", "-q", "-b", "main", str(root)], check=True)
    subprocess.run(["git", "fast-import", "--quiet"], cwd=root, input=b"".join(stream), check=True)


def main(argv: list[str] | None = None) -> int:
    """Build the history, time the classification, print the figure and PASS/FAIL."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", type=int, default=200)
    parser.add_argument("--size", type=int, default=100_000, help="bytes per version")
    parser.add_argument("--limit", type=float, default=60.0, help="seconds allowed")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes")
    parser.add_argument("--seed", type=int, default=4)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tosdiff-bench-log-") as tmp:
        root = Path(tmp)
        started = time.perf_counter()
        build_repo(root, args.versions, args.size, args.seed)
        built = time.perf_counter() - started
        started = time.perf_counter()
        found = history("legal/terms.md", cwd=root, jobs=args.jobs)
        elapsed = time.perf_counter() - started
    counts: dict[str, int] = {}
    for version in found:
        counts[verdict(version)] = counts.get(verdict(version), 0) + 1
    jobs = args.jobs or os.cpu_count() or 1
    print(
        f"history: {len(found)} versions of ~{args.size // 1000} KB, "
        f"{jobs} job(s) on {os.cpu_count()} CPU(s)"
    )
    print(f"verdicts: {', '.join(f'{k} {v}' for k, v in sorted(counts.items()))}")
    print(f"repository built in {built:.1f} s (not counted)")
    ok = len(found) == args.versions and elapsed < args.limit
    print(f"classified in {elapsed:.1f} s (limit {args.limit:.0f} s): {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
