"""Score tosdiff on the corpus pairs that ship without labels, against labels made blind.

Run from anywhere:

    .venv/bin/python bench/score_corpus_blind.py        # totals
    .venv/bin/python bench/score_corpus_blind.py -v     # and one line per pair

The 24 real pairs of ``../shared/corpus/real`` without a ``gold.json`` were labelled by
people who had seen neither the rules nor tosdiff's output, by the rules of
``../shared/corpus/LABELS.md``, in the nineteenth session; their labels are
``bench/corpus_blind/<pair>.json``. The rules were never tuned on them: this is a check of
how the rules generalise to real revisions, scored the way ``score_all.py`` scores the
labelled pairs (found changes, micro- and macro-F1 over kinds, materiality accuracy,
unlabelled changes claimed material). It uses ``../shared/tools/score_changes.py``;
``TOSDIFF_CORPUS`` overrides the corpus folder.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run with a Python that has not installed tosdiff
    sys.path.insert(0, str(REPO))

import tosdiff  # noqa: E402
from tosdiff.formatters import format_report  # noqa: E402

LABELS = Path(__file__).resolve().parent / "corpus_blind"
TOOLS = REPO.parent / "shared" / "tools"


def main() -> int:
    """Score every blind-labelled pair and print the totals; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="one line per pair")
    args = parser.parse_args()
    corpus = Path(os.environ.get("TOSDIFF_CORPUS") or REPO.parent / "shared" / "corpus" / "real")
    if not (TOOLS / "score_changes.py").is_file() or not corpus.is_dir():
        print(f"error: needs {TOOLS / 'score_changes.py'} and the corpus {corpus}", file=sys.stderr)
        return 2
    sys.path.insert(0, str(TOOLS))
    from score_changes import KINDS, score  # noqa: PLC0415  (found only at run time)

    totals: Counter[str] = Counter()
    per_kind = {k: Counter() for k in KINDS}
    materiality: list[float] = []
    for labels in sorted(LABELS.glob("*.json")):
        pair = corpus / labels.stem
        report = tosdiff.compare(tosdiff.load(pair / "old.md"), tosdiff.load(pair / "new.md"))
        result = score(json.loads(labels.read_text()), json.loads(format_report(report, "json")))
        for key in ("found", "gold_changes", "units", "false_alarms"):
            totals[key] += result[key]
        for key in ("tp", "fp", "fn"):
            totals[key] += result["micro"][key]
        for kind, counts in result["per_kind"].items():
            per_kind[kind].update({k: counts[k] for k in ("tp", "fp", "fn")})
        if result["materiality_accuracy"] is not None:
            materiality.append(result["materiality_accuracy"])
        if args.verbose:
            print(
                f"{labels.stem}: found {result['found']}/{result['gold_changes']}, "
                f"micro-F1 {result['micro']['f1']:.2f}, false alarms {result['false_alarms']}"
            )
    f1 = {
        k: 2 * c["tp"] / (2 * c["tp"] + c["fp"] + c["fn"])
        for k, c in per_kind.items()
        if c["tp"] + c["fp"] + c["fn"]
    }
    micro = 2 * totals["tp"] / (2 * totals["tp"] + totals["fp"] + totals["fn"])
    print(
        f"{len(materiality)} pairs: found {totals['found']}/{totals['gold_changes']}, "
        f"micro-F1 {micro:.3f}, macro-F1 {sum(f1.values()) / len(f1):.3f}, "
        f"materiality {sum(materiality) / len(materiality):.3f}, "
        f"false alarms {totals['false_alarms']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
