"""Compare classification time of this checkout against an earlier commit, in one process.

Run from the repository:

    .venv/bin/python bench/bench_ab.py d157fc5             # pair 28, 60 rounds
    .venv/bin/python bench/bench_ab.py HEAD~5 --pair 03-bluesky-privacy-policy-2024-05-22

Runs in turn (one process per commit) cannot tell two commits a few percent apart on a
shared machine whose speed drifts from minute to minute. This script extracts the
package of the other commit (``git archive``) into a temporary folder under another
name, imports both versions into one process, and alternates them on the same real
pair: each round diffs with each version (``compare`` without classification) and
times ``classify_report`` alone. It prints the best and the median time of each and
their ratio. Needs git and ../shared/corpus/real.
"""

from __future__ import annotations

import argparse
import importlib
import io
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "real"
OTHER = "tosdiff_ref"  # the earlier commit's package, imported under this name


def extract(ref: str, folder: Path) -> None:
    """Write the tosdiff package of commit ref to folder/OTHER, renamed so that it
    imports beside this checkout's (its own data files found under the new name)."""
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", "--format=tar", ref, "tosdiff"],
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    package = folder / OTHER
    (folder / "tosdiff").rename(package)
    for source in package.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        renamed = text.replace('files("tosdiff")', f'files("{OTHER}")').replace(
            'os.path.join(base, "tosdiff")', f'os.path.join(base, "{OTHER}")'
        )
        if renamed != text:
            source.write_text(renamed, encoding="utf-8")


def timings(package: ModuleType, old: str, new: str) -> float:
    """Return the seconds one version takes to classify the diff of old and new."""
    api = importlib.import_module(f"{package.__name__}.api")
    classify = importlib.import_module(f"{package.__name__}.classify")
    ruleset = importlib.import_module(f"{package.__name__}.ruleset")
    report = api.compare(old, new, options=api.DiffOptions(classify=False))
    rules = ruleset.default_rules()
    start = time.perf_counter()
    classify.classify_report(report, rules)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ref", help="the earlier commit (hash, tag or HEAD~N)")
    parser.add_argument("--pair", default="28-whatsapp-privacy-policy-2026-07-03")
    parser.add_argument("--rounds", type=int, default=60)
    args = parser.parse_args()
    pair = CORPUS / args.pair
    if not (pair / "old.md").is_file():
        print(f"bench_ab: no pair at {pair}", file=sys.stderr)
        return 2
    old, new = (pair / "old.md").read_text(), (pair / "new.md").read_text()
    with tempfile.TemporaryDirectory() as folder:
        try:
            extract(args.ref, Path(folder))
        except subprocess.CalledProcessError as error:
            detail = error.stderr.decode().strip()
            print(f"bench_ab: git archive {args.ref} failed: {detail}", file=sys.stderr)
            return 2
        sys.path[:0] = [folder, str(REPO)]
        versions = {
            "then": importlib.import_module(OTHER),
            "now": importlib.import_module("tosdiff"),
        }
        times: dict[str, list[float]] = {name: [] for name in versions}
        for package in versions.values():  # warm up: compile and cache the patterns
            timings(package, old, new)
        for round_ in range(args.rounds):
            order = list(versions) if round_ % 2 else list(reversed(versions))
            for name in order:
                times[name].append(timings(versions[name], old, new))
    then, now = times["then"], times["now"]
    print(f"classification of {args.pair}, {args.rounds} alternating rounds")
    for name, values in times.items():
        print(
            f"  {name:4} ({args.ref if name == 'then' else 'this checkout'}): best "
            f"{min(values) * 1000:.2f} ms, median {statistics.median(values) * 1000:.2f} ms"
        )
    print(
        f"  now / then: best {min(now) / min(then):.3f}, "
        f"median {statistics.median(now) / statistics.median(then):.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
