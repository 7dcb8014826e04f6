"""The project's acceptance test: the bundled revision vs the seed, as planted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_corpus import scorer

from tosdiff import compare, load
from tosdiff.formatters.json import report_to_dict
from tosdiff.model import Report

PLANTED = Path(__file__).parent / "data" / "seed_planted.json"

Row = tuple[str, str, str]


def _key(row: tuple[str, str | None, str | None]) -> Row:
    op, old, new = row
    return (op, old or "-", new or "-")


@pytest.fixture(scope="module")
def report(seed_pair: tuple[Path, Path]) -> Report:
    old, new = seed_pair
    return compare(load(old), load(new))


def planted() -> list[Row]:
    entries = json.loads(PLANTED.read_text(encoding="utf-8"))
    return sorted(_key((e["op"], e["old_number"], e["new_number"])) for e in entries)


def test_planted_file_lists_the_22_changes_of_the_readme() -> None:
    assert len(planted()) == 22


def test_seed_revision_is_reported_exactly_as_planted(report: Report) -> None:
    got = sorted(
        _key((c.op, c.old.number if c.old else None, c.new.number if c.new else None))
        for c in report.changes
    )
    assert got == planted()


def test_seed_renumbering_is_recorded_not_reported(report: Report) -> None:
    # old Articles 5 and 6 become 6 and 7 because Article 7 moved up to follow Article 4
    assert report.renumbered["5.1"] == "6.1"
    assert report.renumbered["6.3"] == "7.3"
    assert report.renumbered["Article 7"] == "Article 5"
    reported = {(c.old.number if c.old else None) for c in report.changes}
    assert {"5.1", "5.5", "6.1", "6.3", "6.5"}.isdisjoint(reported)


def test_seed_moved_article_carries_its_clauses(report: Report) -> None:
    (moved,) = [c for c in report.changes if c.op == "moved"]
    assert moved.old is not None and moved.new is not None
    assert moved.old.number == "Article 7" and moved.new.number == "Article 5"
    assert moved.old.key == moved.new.key
    assert [c.key for c in moved.old_extra] == [c.key for c in moved.new_extra]


def test_seed_clause_3_8_redline(report: Report) -> None:
    (change,) = [c for c in report.changes if c.new and c.new.number == "3.8"]
    deleted = " ".join(s.text for s in change.redline if s.op == "delete")
    inserted = " ".join(s.text for s in change.redline if s.op == "insert")
    assert "one month" in deleted
    assert "fifteen (15) days" in inserted


def test_seed_gold_scores_the_key_kinds_above_0_9(report: Report, corpus_dir: Path) -> None:
    # tests/data/seed_gold.json labels the planted changes in the corpus's gold.json
    # format; ../shared/tools/score_changes.py scores the JSON report against it.
    score = scorer(corpus_dir)
    gold = json.loads((Path(__file__).parent / "data" / "seed_gold.json").read_text("utf-8"))
    result = score(gold, report_to_dict(report))
    assert result["found"] == result["gold_changes"]
    for kind in ("new-obligation", "liability", "notice-period"):
        assert result["per_kind"][kind]["f1"] >= 0.9, (kind, result["per_kind"][kind])
    assert result["false_alarms"] == 0
