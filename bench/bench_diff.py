"""Benchmark tosdiff against redlines, difflib and git on the same inputs, in one run.

Run from anywhere:

    .venv/bin/python bench/bench_diff.py            # full run (all real pairs)
    .venv/bin/python bench/bench_diff.py --quick    # five featured pairs, fewer repeats
    .venv/bin/python bench/bench_diff.py --json results.json

Three parts, printed as Markdown tables:

1. Real pairs (``old.md``/``new.md`` from the shared corpus): in-process ``tosdiff.compare``
   with and without classification, ``redlines``, ``difflib`` (word-level SequenceMatcher
   and line-level unified_diff), ``git diff --no-index --word-diff=porcelain`` and the
   whole ``tosdiff diff OLD NEW --format json`` process.
2. Ratios on pair 28 (the WhatsApp privacy policy), checked against the targets.
3. Scaling on seeded synthetic agreements of 64 KB to 1 MB (three per size, with edits in
   proportion to the size), compare with and without classification, with the ratio per
   doubling.

The corpus is ``../shared/corpus/real`` from the repository root; ``TOSDIFF_CORPUS``
overrides it. A missing corpus, git or redlines is reported and that part is skipped.
"""

from __future__ import annotations

import argparse
import atexit
import copy
import difflib
import gc
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run with a Python that has not installed tosdiff
    sys.path.insert(0, str(REPO))

import tosdiff  # noqa: E402

try:
    from redlines import Redlines
except ImportError:  # pragma: no cover - optional dependency (extra "bench")
    Redlines = None

FEATURED = ("01", "17", "28", "41", "44")
TARGET_PAIR = "28"
KB = 1024
SCALING_SIZES = (64 * KB, 128 * KB, 256 * KB, 512 * KB, 1024 * KB)
REDLINES_SLOW_S = 0.25  # a first redlines run slower than this gets fewer repeats
REDLINES_SLOW_REPEATS = 2  # runs for such a slow pair (1 with --quick)

# Targets (pair 28 unless said otherwise).
TARGET_REDLINES_SPEEDUP = 30.0  # compare at least 30x faster than redlines
TARGET_GIT_FACTOR = 10.0  # compare_time <= 10 * git_time
TARGET_CLI_S = 0.5  # whole `tosdiff diff` process
TARGET_CLASSIFY_OVERHEAD = 0.30  # classification adds at most 30 %
TARGET_DOUBLING = 2.3  # compare time ratio per doubling of input size
TARGET_CLI_REPEATS = 7  # pair 28's processes, with and without classifying: best of this


# --------------------------------------------------------------------------- timing


def best_of(fn: Callable[[], object], repeats: int) -> float:
    """Return the fastest of ``repeats`` timed calls of ``fn``, in seconds."""
    best = float("inf")
    for _ in range(max(1, repeats)):
        gc.collect()
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def best_of_interleaved(fns: dict[str, Callable[[], object]], repeats: int) -> dict[str, float]:
    """Time several functions round-robin, so drift hits each alike; return best of each."""
    best = dict.fromkeys(fns, float("inf"))
    for _ in range(max(1, repeats)):
        for name, fn in fns.items():
            best[name] = min(best[name], best_of(fn, 1))
    return best


def run_process(
    cmd: Sequence[str], ok_codes: tuple[int, ...] = (0,), env: dict[str, str] | None = None
) -> None:
    """Run ``cmd`` with output captured; raise if its exit code is not in ``ok_codes``.
    Python's bytecode cache stays on, as an installed tool has it: with
    PYTHONDONTWRITEBYTECODE set around the benchmark, every process would compile the
    modules changed since their cache was written."""
    base = os.environ if env is None else env
    env = {key: value for key, value in base.items() if key != "PYTHONDONTWRITEBYTECODE"}
    proc = subprocess.run(cmd, capture_output=True, check=False, env=env)
    if proc.returncode not in ok_codes:
        err = proc.stderr.decode(errors="replace").strip()
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: {err}")


# --------------------------------------------------------------------------- tools


def git_command() -> list[str] | None:
    """Return the argv prefix of ``git diff --no-index --word-diff``, or None without git."""
    git = shutil.which("git")
    if git is None:
        return None
    return [git, "diff", "--no-index", "--no-color", "--word-diff=porcelain"]


def tosdiff_command() -> list[str]:
    """Return the argv prefix that starts the ``tosdiff`` CLI (venv script preferred)."""
    for candidate in (REPO / ".venv" / "bin" / "tosdiff", Path(sys.executable).parent / "tosdiff"):
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which("tosdiff")
    if found:
        return [found]
    return [sys.executable, "-c", "import sys; from tosdiff.cli import run; sys.exit(run())"]


def difflib_words(old: str, new: str) -> int:
    """Word-level diff with difflib; return the number of opcodes."""
    return len(difflib.SequenceMatcher(None, old.split(), new.split()).get_opcodes())


def difflib_lines(old: str, new: str) -> int:
    """Line-level unified diff with difflib; return the number of output lines."""
    return len(
        list(difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True)))
    )


def redlines_markdown(old: str, new: str) -> int:
    """Diff with redlines and render its Markdown; return the output length."""
    assert Redlines is not None
    return len(Redlines(old, new).output_markdown)


def version_of(dist: str) -> str:
    """Return the installed version of a distribution, or ``"-"``."""
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "-"


def environment() -> dict[str, Any]:
    """Return the facts that make timings comparable: Python, CPUs, platform, versions."""
    git = shutil.which("git")
    git_version = (
        subprocess.run([git, "--version"], capture_output=True, text=True).stdout.strip()
        if git
        else "-"
    )
    affinity = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    return {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "cpu_count": os.cpu_count(),
        "cpu_available": affinity,
        "load_average_1min": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
        "tosdiff": getattr(tosdiff, "__version__", version_of("tosdiff")),
        "redlines": version_of("redlines") if Redlines is not None else "not installed",
        "git": git_version,
    }


def environment_line(env: dict[str, Any]) -> str:
    """Return the one-line summary of ``environment()``."""
    return (
        f"Python {env['python']} ({env['implementation']}), {env['cpu_count']} CPUs "
        f"({env['cpu_available']} available, load {env['load_average_1min']} at start), "
        f"{env['platform']}; tosdiff {env['tosdiff']}, "
        f"redlines {env['redlines']}, {env['git']}"
    )


# --------------------------------------------------------------------------- real pairs


@dataclass
class PairResult:
    """Timings (seconds) of every tool on one old/new pair; None where a tool was skipped."""

    pair: str
    old_kb: float
    new_kb: float
    clauses: int
    changes: int
    compare_s: float
    compare_noclassify_s: float
    redlines_s: float | None
    redlines_repeats: int
    difflib_words_s: float
    difflib_lines_s: float
    git_s: float | None
    cli_s: float | None
    cli_noclassify_s: float | None = None  # `tosdiff diff --no-classify`, pair 28 only
    # `tosdiff diff` with an empty pattern cache (the first run after installing), pair 28
    cli_first_s: float | None = None


def corpus_dir() -> Path:
    """Return the real-pair corpus: ``$TOSDIFF_CORPUS`` or ``../shared/corpus/real``."""
    override = os.environ.get("TOSDIFF_CORPUS")
    return Path(override) if override else (REPO.parent / "shared" / "corpus" / "real")


def find_pairs(corpus: Path, prefixes: Sequence[str] | None) -> list[Path]:
    """Return the pair folders holding old.md and new.md, optionally only given prefixes."""
    if not corpus.is_dir():
        return []
    pairs = sorted(
        d for d in corpus.iterdir() if (d / "old.md").is_file() and (d / "new.md").is_file()
    )
    if prefixes is not None:
        pairs = [d for d in pairs if d.name.split("-", 1)[0] in prefixes]
    return pairs


def time_redlines(old: str, new: str, repeats: int, slow_repeats: int) -> tuple[float | None, int]:
    """Time redlines, best of ``repeats`` runs or of ``slow_repeats`` when a run is slow.

    Return (seconds, runs made); (None, 0) when redlines is not installed.
    """
    if Redlines is None:
        return None, 0
    first = best_of(lambda: redlines_markdown(old, new), 1)
    runs = min(slow_repeats, repeats) if first >= REDLINES_SLOW_S else repeats
    if runs <= 1:
        return first, 1
    return min(first, best_of(lambda: redlines_markdown(old, new), runs - 1)), runs


def time_pair(folder: Path, repeats: int, cli_repeats: int, slow_repeats: int) -> PairResult:
    """Time every tool on one pair folder, all on the same old.md/new.md."""
    old_path, new_path = folder / "old.md", folder / "new.md"
    old_src, new_src = tosdiff.load(old_path), tosdiff.load(new_path)
    old, new = old_src.text, new_src.text
    plain = tosdiff.DiffOptions(classify=False)
    report = tosdiff.compare(old_src, new_src)  # warm-up; also gives the counts
    times = best_of_interleaved(
        {
            "on": lambda: tosdiff.compare(old_src, new_src),
            "off": lambda: tosdiff.compare(old_src, new_src, options=plain),
        },
        repeats,
    )
    redlines_s, redlines_runs = time_redlines(old, new, repeats, slow_repeats)
    git = git_command()
    git_s = None
    if git is not None:
        argv = [*git, str(old_path), str(new_path)]
        git_s = best_of(lambda: run_process(argv, ok_codes=(0, 1)), repeats)
    cli_s = cli_noclassify_s = cli_first_s = None
    if cli_repeats > 0:
        argv = [*tosdiff_command(), "diff", str(old_path), str(new_path), "--format", "json"]
        if folder.name.startswith(f"{TARGET_PAIR}-"):  # the process with and without classifying
            run_process(argv, ok_codes=(0, 1))  # fills the pattern cache (see main)
            with tempfile.TemporaryDirectory() as empty_caches:

                def first_run() -> None:
                    env = {**os.environ, "TOSDIFF_CACHE_DIR": tempfile.mkdtemp(dir=empty_caches)}
                    run_process(argv, ok_codes=(0, 1), env=env)

                cli_times = best_of_interleaved(
                    {
                        "on": lambda: run_process(argv, ok_codes=(0, 1)),
                        "off": lambda: run_process([*argv, "--no-classify"], ok_codes=(0, 1)),
                        "first": first_run,
                    },
                    max(cli_repeats, TARGET_CLI_REPEATS),
                )
            cli_s, cli_noclassify_s = cli_times["on"], cli_times["off"]
            cli_first_s = cli_times["first"]
        else:
            cli_s = best_of(lambda: run_process(argv, ok_codes=(0, 1)), cli_repeats)
    return PairResult(
        pair=folder.name,
        old_kb=len(old_path.read_bytes()) / KB,
        new_kb=len(new_path.read_bytes()) / KB,
        clauses=len(report.new.clauses),
        changes=len(report.changes),
        compare_s=times["on"],
        compare_noclassify_s=times["off"],
        redlines_s=redlines_s,
        redlines_repeats=redlines_runs,
        difflib_words_s=best_of(lambda: difflib_words(old, new), repeats),
        difflib_lines_s=best_of(lambda: difflib_lines(old, new), repeats),
        git_s=git_s,
        cli_s=cli_s,
        cli_noclassify_s=cli_noclassify_s,
        cli_first_s=cli_first_s,
    )


def total(results: Sequence[PairResult], name: str) -> float | None:
    """Return the sum of one timing over all pairs, or None if any pair lacks it."""
    values = [getattr(r, name) for r in results]
    return None if any(v is None for v in values) else sum(values)


# --------------------------------------------------------------------------- synthetic


PARTIES = (
    "the Customer",
    "the Provider",
    "the Supplier",
    "the Licensee",
    "the Licensor",
    "each party",
    "either party",
    "the receiving party",
    "the disclosing party",
    "the Service Provider",
    "the User",
    "the Company",
)
MODALS = ("shall", "may", "must", "shall not", "may not", "will", "agrees to", "undertakes to")
VERBS = (
    "provide",
    "deliver",
    "maintain",
    "disclose",
    "process",
    "retain",
    "terminate",
    "suspend",
    "indemnify",
    "notify",
    "invoice",
    "audit",
    "remedy",
    "assign",
    "sublicense",
    "store",
    "transfer",
    "review",
    "approve",
    "support",
)
OBJECTS = (
    "the Services",
    "all Confidential Information",
    "any Personal Data",
    "the Deliverables",
    "the Fees",
    "written notice",
    "the Documentation",
    "any Third-Party Materials",
    "the Software",
    "reasonable security measures",
    "accurate records",
    "the Order Form",
    "any Customer Content",
    "the applicable Service Levels",
    "the Intellectual Property Rights",
    "commercially reasonable assistance",
)
CONDITIONS = (
    "within {n} days of the Effective Date",
    "no later than {n} business days after receipt of an invoice",
    "in accordance with applicable law",
    "unless otherwise agreed in writing",
    "subject to Section {s}",
    "to the extent permitted by applicable law",
    "during the Term and for {n} months thereafter",
    "upon {n} days' prior written notice",
    "in a timely and professional manner",
    "at its own cost and expense",
    "save as expressly provided in this Agreement",
    "in each calendar year",
    "without undue delay",
    "as described in the applicable Statement of Work",
)
OPENERS = (
    "",
    "",
    "",
    "Notwithstanding the foregoing, ",
    "Except as set out in Article {a}, ",
    "For the avoidance of doubt, ",
    "Without prejudice to any other right or remedy, ",
    "Subject to the limitations in this Agreement, ",
    "Where required by law, ",
    "If {p} fails to comply, ",
)
TAILS = (
    "",
    "",
    " and any such failure shall constitute a material breach",
    ", provided that such obligation shall not apply to information in the public domain",
    " and shall keep {p} informed of any material developments",
    ", and the liability of {p} shall not exceed {n} percent of the Fees paid",
    " in a manner that does not unreasonably interfere with the Services",
    ", including through its employees, agents and subcontractors",
)
TITLES = (
    "Definitions",
    "Services",
    "Fees and Payment",
    "Term and Termination",
    "Confidentiality",
    "Data Protection",
    "Intellectual Property",
    "Warranties",
    "Limitation of Liability",
    "Indemnification",
    "Insurance",
    "Audit Rights",
    "Subcontracting",
    "Force Majeure",
    "Notices",
    "Governing Law",
    "Dispute Resolution",
    "Assignment",
    "Security",
    "Service Levels",
    "Support",
    "Compliance",
    "Export Control",
    "Miscellaneous",
)
EDIT_SWAPS = {
    "shall": "must",
    "may": "shall",
    "days": "business days",
    "reasonable": "commercially reasonable",
    "written": "prior written",
    "any": "all",
    "the Customer": "the Client",
    "applicable law": "applicable laws and regulations",
}


@dataclass
class SynthClause:
    """One ``N.N`` clause: its sentences and its ``(n)`` items."""

    text: str
    items: list[str] = field(default_factory=list)

    def size(self) -> int:
        """Return roughly how many bytes this clause takes once rendered."""
        return len(self.text) + 8 + sum(len(item) + 6 for item in self.items)


@dataclass
class SynthArticle:
    """One Article: a title and its clauses in order."""

    title: str
    clauses: list[SynthClause] = field(default_factory=list)


def sentence(rng: random.Random) -> str:
    """Return one legal-style sentence assembled by the seeded generator."""
    fill = {
        "n": rng.choice((5, 7, 10, 14, 15, 20, 28, 30, 45, 60, 90, 120)),
        "s": f"{rng.randint(1, 30)}.{rng.randint(1, 12)}",
        "a": rng.randint(1, 30),
        "p": rng.choice(PARTIES),
    }
    body = (
        f"{rng.choice(OPENERS)}{rng.choice(PARTIES)} {rng.choice(MODALS)} {rng.choice(VERBS)} "
        f"{rng.choice(OBJECTS)} {rng.choice(CONDITIONS)}{rng.choice(TAILS)}."
    ).format(**fill)
    return body[0].upper() + body[1:]


def paragraph(rng: random.Random, low: int = 1, high: int = 4) -> str:
    """Return a paragraph of ``low`` to ``high`` sentences."""
    return " ".join(sentence(rng) for _ in range(rng.randint(low, high)))


def make_clause(rng: random.Random) -> SynthClause:
    """Return a new clause; about one in four carries ``(n)`` items."""
    items = [paragraph(rng, 1, 2) for _ in range(rng.randint(2, 5))] if rng.random() < 0.25 else []
    return SynthClause(paragraph(rng), items)


def make_agreement(size: int, seed: int = 0) -> list[SynthArticle]:
    """Return an agreement whose rendered Markdown is about ``size`` bytes."""
    rng = random.Random(seed)
    articles: list[SynthArticle] = []
    total_size = 40
    while total_size < size:
        article = SynthArticle(rng.choice(TITLES))
        articles.append(article)
        total_size += len(article.title) + 16
        for _ in range(rng.randint(6, 14)):
            if total_size >= size:
                break
            article.clauses.append(make_clause(rng))
            total_size += article.clauses[-1].size()
    return articles


def render(articles: Sequence[SynthArticle], title: str = "Master Services Agreement") -> str:
    """Return the agreement as Markdown, numbering Articles, clauses and items in order."""
    out = [f"# {title}", ""]
    for a, article in enumerate(articles, 1):
        out += [f"## Article {a} {article.title}", ""]
        for c, clause in enumerate(article.clauses, 1):
            out += [f"{a}.{c} {clause.text}", ""]
            for i, item in enumerate(clause.items, 1):
                out += [f"({i}) {item}", ""]
    return "\n".join(out)


def edit_text(rng: random.Random, text: str) -> str:
    """Return text with one word-level edit: a term swapped, a sentence added or dropped."""
    choice = rng.random()
    if choice < 0.5:
        candidates = [old for old in EDIT_SWAPS if old in text]
        if candidates:
            old = rng.choice(candidates)
            return text.replace(old, EDIT_SWAPS[old], 1)
    if choice < 0.8 or ". " not in text:
        return f"{text} {sentence(rng)}"
    head, _, tail = text.partition(". ")
    return tail if rng.random() < 0.5 else head + "."


def make_revision(
    articles: Sequence[SynthArticle],
    seed: int = 1,
    edit_share: float = 0.02,
    move_share: float = 0.01,
) -> tuple[list[SynthArticle], dict[str, int]]:
    """Return a revised copy of ``articles`` and counts of what was changed.

    About ``edit_share`` of the clauses get a word-level edit; ``move_share`` of them each
    are added at the end of Articles, removed from the end of Articles and moved to the end
    of another Article; one clause is inserted mid-Article so the clauses after it are
    renumbered. Every kind of change is in proportion to the size, so that a revision of
    an agreement twice as long has twice as much to report.
    """
    rng = random.Random(seed)
    new = copy.deepcopy(list(articles))
    clauses = [clause for article in new for clause in article.clauses]
    few = max(1, round(len(clauses) * move_share))
    stats = {"clauses": len(clauses), "edited": 0, "added": 0, "removed": 0, "moved": 0}
    for clause in rng.sample(clauses, max(1, round(len(clauses) * edit_share))):
        if clause.items and rng.random() < 0.3:
            k = rng.randrange(len(clause.items))
            clause.items[k] = edit_text(rng, clause.items[k])
        else:
            clause.text = edit_text(rng, clause.text)
        stats["edited"] += 1
    for article in rng.sample(new, few):
        article.clauses.append(make_clause(rng))
        stats["added"] += 1
    for article in rng.sample([a for a in new if len(a.clauses) > 3], few):
        article.clauses.pop()
        stats["removed"] += 1
    for _ in range(few):
        source, target = rng.sample(new, 2)
        if len(source.clauses) > 3:
            target.clauses.append(source.clauses.pop())
            stats["moved"] += 1
    article = rng.choice([a for a in new if len(a.clauses) >= 6])
    at = len(article.clauses) // 3
    article.clauses.insert(at, make_clause(rng))
    stats["added"] += 1
    stats["renumbered"] = len(article.clauses) - at - 1
    return new, stats


@dataclass
class ScalingResult:
    """Compare times on one synthetic size (summed over SCALING_SAMPLES agreements), with
    the ratios to the previous (half) size."""

    size_kb: int
    old_kb: float
    new_kb: float
    clauses: int
    edited: int
    added: int
    removed: int
    moved: int
    renumbered: int
    changes: int
    compare_s: float
    diff_s: float
    ratio: float | None
    diff_ratio: float | None


SCALING_SAMPLES = 3  # agreements per size: one random agreement is a noisy sample


def time_scaling(sizes: Sequence[int], repeats: int) -> list[ScalingResult]:
    """Time ``tosdiff.compare`` (with and without classification) on synthetic
    agreement/revision pairs of each size, SCALING_SAMPLES pairs per size."""
    results: list[ScalingResult] = []
    no_classify = tosdiff.DiffOptions(classify=False)
    for size in sizes:
        totals: dict[str, float] = {}
        for sample in range(SCALING_SAMPLES):
            seed = size * SCALING_SAMPLES + sample
            base = make_agreement(size, seed=seed)
            revised, stats = make_revision(base, seed=seed + 1)
            old_text, new_text = render(base), render(revised)
            old_src = tosdiff.load_text(old_text, name=f"synth-{size}-old.md", format="markdown")
            new_src = tosdiff.load_text(new_text, name=f"synth-{size}-new.md", format="markdown")
            report = tosdiff.compare(old_src, new_src)
            times = best_of_interleaved(
                {
                    "compare": lambda o=old_src, n=new_src: tosdiff.compare(o, n),
                    "diff": lambda o=old_src, n=new_src: tosdiff.compare(o, n, options=no_classify),
                },
                repeats,
            )
            counts = {
                "old_kb": len(old_text.encode()) / KB,
                "new_kb": len(new_text.encode()) / KB,
                "changes": len(report.changes),
                **stats,
                **times,
            }
            for key, value in counts.items():
                totals[key] = totals.get(key, 0) + value
        previous = results[-1] if results else None
        results.append(
            ScalingResult(
                size_kb=size // KB,
                old_kb=totals["old_kb"] / SCALING_SAMPLES,
                new_kb=totals["new_kb"] / SCALING_SAMPLES,
                clauses=round(totals["clauses"]),
                edited=round(totals["edited"]),
                added=round(totals["added"]),
                removed=round(totals["removed"]),
                moved=round(totals["moved"]),
                renumbered=round(totals["renumbered"]),
                changes=round(totals["changes"]),
                compare_s=totals["compare"],
                diff_s=totals["diff"],
                ratio=totals["compare"] / previous.compare_s if previous else None,
                diff_ratio=totals["diff"] / previous.diff_s if previous else None,
            )
        )
    return results


# --------------------------------------------------------------------------- reporting


@dataclass
class Check:
    """One target: what was measured, the limit, and whether it passed."""

    name: str
    measured: str
    target: str
    passed: bool | None  # None: could not be measured
    informational: bool = False  # shown for comparison, not a target of its own

    @property
    def verdict(self) -> str:
        """Return PASS, FAIL or SKIP (in brackets when informational)."""
        verdict = "SKIP" if self.passed is None else ("PASS" if self.passed else "FAIL")
        return f"({verdict.lower()}, info)" if self.informational else verdict


def ms(seconds: float | None) -> str:
    """Return seconds formatted as milliseconds, or ``n/a``."""
    return "n/a" if seconds is None else f"{seconds * 1000:.1f}"


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Return a Markdown table with right-aligned columns after the first."""
    align = ["---"] + ["---:"] * (len(header) - 1)
    lines = [header, align, *rows]
    return "\n".join("| " + " | ".join(line) + " |" for line in lines)


def pair_row(r: PairResult, repeats: int, label: str | None = None) -> list[str]:
    """Return one table row for a pair (or a total, given a label)."""
    mark = "*" if r.redlines_repeats < repeats else ""
    return [
        label or r.pair,
        f"{r.old_kb:.1f}",
        f"{r.new_kb:.1f}",
        str(r.changes),
        ms(r.compare_s),
        ms(r.compare_noclassify_s),
        ms(r.redlines_s) + mark,
        ms(r.difflib_words_s),
        ms(r.difflib_lines_s),
        ms(r.git_s),
        ms(r.cli_s),
    ]


PAIR_HEADER = (
    "pair",
    "old KB",
    "new KB",
    "changes",
    "compare ms",
    "compare no-classify ms",
    "redlines ms",
    "difflib words ms",
    "difflib unified ms",
    "git word-diff ms",
    "tosdiff CLI ms",
)


def pairs_table(results: Sequence[PairResult], featured: Sequence[str], repeats: int) -> str:
    """Return the real-pair table: featured pairs, then the totals over all pairs."""
    rows = [pair_row(r, repeats) for r in results if r.pair.split("-", 1)[0] in featured]
    totals = PairResult(
        pair="",
        old_kb=sum(r.old_kb for r in results),
        new_kb=sum(r.new_kb for r in results),
        clauses=sum(r.clauses for r in results),
        changes=sum(r.changes for r in results),
        compare_s=sum(r.compare_s for r in results),
        compare_noclassify_s=sum(r.compare_noclassify_s for r in results),
        redlines_s=total(results, "redlines_s"),
        redlines_repeats=min((r.redlines_repeats for r in results), default=0),
        difflib_words_s=sum(r.difflib_words_s for r in results),
        difflib_lines_s=sum(r.difflib_lines_s for r in results),
        git_s=total(results, "git_s"),
        cli_s=total(results, "cli_s"),
    )
    rows.append(pair_row(totals, repeats, f"**total, {len(results)} pairs**"))
    return table(PAIR_HEADER, rows)


def pair_checks(results: Sequence[PairResult]) -> list[Check]:
    """Return the pair-28 checks.

    The diff engine's targets (redlines speed-up, git factor) are checked on compare()
    without classification, which is what redlines and git compute; the same ratios
    with classification are shown for information. The classification target is its
    cost on top of that diff; the CLI target is the whole process.
    """
    target = next((r for r in results if r.pair.startswith(f"{TARGET_PAIR}-")), None)
    if target is None:
        return [
            Check(name, "pair 28 not run", limit, None)
            for name, limit in (
                (
                    "diff (compare, no classification) vs redlines",
                    f">= {TARGET_REDLINES_SPEEDUP:.0f}x",
                ),
                (
                    "diff (compare, no classification) / git word diff",
                    f"<= {TARGET_GIT_FACTOR:.0f}x",
                ),
                ("whole `tosdiff diff` process", f"< {TARGET_CLI_S} s"),
                ("classification overhead", f"<= {TARGET_CLASSIFY_OVERHEAD:.0%}"),
            )
        ]
    diff_s, full_s = target.compare_noclassify_s, target.compare_s
    overhead = full_s / diff_s - 1
    return [
        *_engine_checks(target, diff_s, "diff (compare, no classification)", informational=False),
        *_engine_checks(target, full_s, "compare with classification", informational=True),
        Check(
            "whole `tosdiff diff` process",
            "n/a" if target.cli_s is None else f"{target.cli_s:.3f} s",
            f"< {TARGET_CLI_S} s",
            None if target.cli_s is None else target.cli_s < TARGET_CLI_S,
        ),
        Check(
            "classification overhead",
            f"{overhead:+.1%} ({ms(full_s)} vs {ms(diff_s)} ms)",
            f"<= {TARGET_CLASSIFY_OVERHEAD:.0%}",
            overhead <= TARGET_CLASSIFY_OVERHEAD,
        ),
        *_process_overhead(target),
    ]


def _process_overhead(target: PairResult) -> list[Check]:
    """Return, for information, what classifying adds to the whole `tosdiff diff`
    process: with the compiled rule patterns cached by an earlier run, and on the first
    run after installing (an empty cache: every pattern compiled, then saved)."""
    limit = f"<= {TARGET_CLASSIFY_OVERHEAD:.0%}"
    checks = []
    for name, seconds in (
        ("classification overhead, whole process (`--no-classify` vs default)", target.cli_s),
        ("the same on the first run after installing (empty pattern cache)", target.cli_first_s),
    ):
        if seconds is None or target.cli_noclassify_s is None:
            checks.append(Check(name, "n/a", limit, None, informational=True))
            continue
        overhead = seconds / target.cli_noclassify_s - 1
        checks.append(
            Check(
                name,
                f"{overhead:+.1%} ({seconds:.3f} vs {target.cli_noclassify_s:.3f} s)",
                limit,
                overhead <= TARGET_CLASSIFY_OVERHEAD,
                informational=True,
            )
        )
    return checks


def _engine_checks(
    target: PairResult, seconds: float, label: str, *, informational: bool
) -> list[Check]:
    """Return the redlines speed-up and git factor of one compare time; informational
    checks show the ratio against the limit without a verdict."""
    speedup = target.redlines_s / seconds if target.redlines_s is not None else None
    git_factor = seconds / target.git_s if target.git_s is not None else None
    return [
        Check(
            f"{label} vs redlines",
            "n/a"
            if speedup is None
            else f"{speedup:.1f}x ({ms(target.redlines_s)} / {ms(seconds)} ms)",
            f">= {TARGET_REDLINES_SPEEDUP:.0f}x",
            None if speedup is None else speedup >= TARGET_REDLINES_SPEEDUP,
            informational,
        ),
        Check(
            f"{label} / git word diff",
            "n/a"
            if git_factor is None
            else f"{git_factor:.1f}x ({ms(seconds)} / {ms(target.git_s)} ms)",
            f"<= {TARGET_GIT_FACTOR:.0f}x",
            None if git_factor is None else git_factor <= TARGET_GIT_FACTOR,
            informational,
        ),
    ]


def checks_table(checks: Sequence[Check]) -> str:
    """Return the targets as a Markdown table."""
    return table(
        ("target (pair 28)", "measured", "limit", "result"),
        [[c.name, c.measured, c.target, c.verdict] for c in checks],
    )


def scaling_table(results: Sequence[ScalingResult]) -> str:
    """Return the scaling results as a Markdown table with a verdict per doubling."""

    def step(ratio: float | None) -> str:
        if ratio is None:
            return "-"
        return f"{ratio:.2f}x " + ("PASS" if ratio <= TARGET_DOUBLING else "FAIL")

    rows = []
    for r in results:
        rows.append(
            [
                f"{r.size_kb} KB",
                f"{r.old_kb:.0f}",
                str(r.clauses),
                f"{r.edited}/{r.added}/{r.removed}/{r.moved}/{r.renumbered}",
                str(r.changes),
                ms(r.compare_s),
                f"{r.compare_s * 1000 / (r.old_kb * SCALING_SAMPLES):.3f}",
                step(r.ratio),
                ms(r.diff_s),
                step(r.diff_ratio),
            ]
        )
    return table(
        (
            "size",
            "old KB (each)",
            "clauses (all 3)",
            "edit/add/rm/move/renum",
            "changes",
            "compare ms",
            "ms per KB",
            f"x previous (<= {TARGET_DOUBLING}x)",
            "diff ms",
            "x previous",
        ),
        rows,
    )


def scaling_checks(results: Sequence[ScalingResult]) -> list[Check]:
    """Return the worst ratio per doubling, of compare and of the diff, against the target."""
    checks = []
    for name, ratios in (
        ("scaling per doubling, compare (worst)", [r.ratio for r in results]),
        ("scaling per doubling, diff (worst)", [r.diff_ratio for r in results]),
    ):
        measured = [ratio for ratio in ratios if ratio is not None]
        if not measured:
            checks.append(Check(name, "n/a", f"<= {TARGET_DOUBLING}x", None))
            continue
        worst = max(measured)
        checks.append(
            Check(name, f"{worst:.2f}x", f"<= {TARGET_DOUBLING}x", worst <= TARGET_DOUBLING)
        )
    return checks


# --------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Return the command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--quick", action="store_true", help="featured pairs only, fewer repeats (about 1 min)"
    )
    parser.add_argument("--json", metavar="FILE", help="also write the results to FILE as JSON")
    parser.add_argument(
        "--pairs",
        metavar="NN,NN",
        help=f"pair number prefixes to run (default: all; with --quick: {','.join(FEATURED)})",
    )
    parser.add_argument("--repeats", type=int, help="best-of repeats in-process (default 5)")
    parser.add_argument(
        "--strict", action="store_true", help="exit with status 1 when any target fails"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark, print Markdown tables, optionally save JSON; return exit status."""
    args = parse_args(argv)
    repeats = args.repeats or (3 if args.quick else 5)
    cli_repeats = 3
    scaling_repeats = 2 if args.quick else 5
    slow_repeats = 1 if args.quick else REDLINES_SLOW_REPEATS
    prefixes = args.pairs.split(",") if args.pairs else (FEATURED if args.quick else None)
    # The CLI processes share a pattern cache of their own (see tosdiff/regexcache.py),
    # filled by the first of them as a user's first run fills theirs.
    cache = tempfile.mkdtemp(prefix="tosdiff-bench-cache-")
    atexit.register(shutil.rmtree, cache, True)
    os.environ["TOSDIFF_CACHE_DIR"] = cache
    env = environment()
    out: list[str] = [
        "# tosdiff benchmark",
        "",
        f"Environment: {environment_line(env)}",
        "",
        f"Settings: best of {repeats} in-process, best of {cli_repeats} for the CLI process "
        f"(of {max(cli_repeats, TARGET_CLI_REPEATS)} on pair {TARGET_PAIR}), "
        f"best of {scaling_repeats} for scaling; mode {'quick' if args.quick else 'full'}.",
    ]
    print("\n".join(out), flush=True)

    corpus = corpus_dir()
    folders = find_pairs(corpus, prefixes)
    results: list[PairResult] = []
    sections: list[str] = []
    if not folders:
        note = f"Real pairs: none found in {corpus} (set TOSDIFF_CORPUS); skipped."
        print(note, file=sys.stderr)
        sections += [note]
    for folder in folders:
        print(f"  timing {folder.name} ...", file=sys.stderr, flush=True)
        results.append(time_pair(folder, repeats, cli_repeats, slow_repeats))

    checks = pair_checks(results)
    if results:
        sections += [
            "## Real pairs (times in ms, best of N)",
            "",
            pairs_table(results, FEATURED if prefixes is None else prefixes, repeats),
            "",
            f"`*` redlines is slow there (a run took over {REDLINES_SLOW_S} s), so it was "
            f"timed best of {slow_repeats} only; the tosdiff CLI is best of {cli_repeats} "
            f"(pair {TARGET_PAIR}: {max(cli_repeats, TARGET_CLI_REPEATS)}); "
            f"every other cell is best of {repeats}. Totals are sums over all pairs run.",
        ]
    sections += ["", "## Targets", "", checks_table(checks)]

    print("  timing synthetic agreements ...", file=sys.stderr, flush=True)
    scaling = time_scaling(SCALING_SIZES, scaling_repeats)
    checks += scaling_checks(scaling)
    sections += [
        "",
        f"## Scaling on synthetic agreements ({SCALING_SAMPLES} per size, times summed)",
        "",
        scaling_table(scaling),
        "",
        *(f"Overall: {c.name} {c.measured} -> {c.verdict}" for c in checks[-2:]),
    ]
    failed = [c for c in checks if c.passed is False and not c.informational]
    sections += [
        "",
        "FAILED: " + "; ".join(f"{c.name} {c.measured} (limit {c.target})" for c in failed)
        if failed
        else "All measured targets PASS.",
    ]
    print("\n" + "\n".join(sections).lstrip("\n"))
    out += ["", *sections]

    if args.json:
        payload = {
            "environment": env,
            "settings": {
                "mode": "quick" if args.quick else "full",
                "repeats": repeats,
                "cli_repeats": cli_repeats,
                "scaling_repeats": scaling_repeats,
                "redlines_slow_repeats": slow_repeats,
                "corpus": str(corpus),
            },
            "pairs": [asdict(r) for r in results],
            "checks": [{**asdict(c), "verdict": c.verdict} for c in checks],
            "scaling": [asdict(r) for r in scaling],
            "markdown": "\n".join(out),
        }
        Path(args.json).write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
        print(f"\nResults written to {args.json}", file=sys.stderr)
    return 1 if args.strict and failed else 0


if __name__ == "__main__":
    sys.exit(main())
