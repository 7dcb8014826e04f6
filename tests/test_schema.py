"""The JSON report is a contract: every report validates against the shipped schema."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest

from tosdiff import compare, load
from tosdiff.formatters.json import SCHEMA, report_to_dict

SCHEMA_DOC = json.loads((files("tosdiff") / "resources" / "report.schema.json").read_text())


def test_schema_is_valid_and_versioned() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA_DOC)
    assert SCHEMA_DOC["$id"] == SCHEMA == "tosdiff.diff/1"


def test_bundled_example_report_validates(seed_pair: tuple[Path, Path]) -> None:
    old, new = seed_pair
    jsonschema.validate(report_to_dict(compare(load(old), load(new))), SCHEMA_DOC)


def test_every_corpus_report_validates(corpus_dir: Path) -> None:
    pairs = sorted(p for p in corpus_dir.iterdir() if (p / "old.md").exists())
    if not pairs:
        pytest.skip(f"no corpus pairs in {corpus_dir}")
    validator = jsonschema.Draft202012Validator(SCHEMA_DOC)
    for pair in pairs:
        report = report_to_dict(compare(load(pair / "old.md"), load(pair / "new.md")))
        errors = [f"{pair.name}: {e.json_path}: {e.message}" for e in validator.iter_errors(report)]
        assert not errors, "\n".join(errors[:5])


def test_a_broken_report_is_caught(seed_pair: tuple[Path, Path]) -> None:
    old, new = seed_pair
    report = report_to_dict(compare(load(old), load(new)))
    report["changes"][0]["op"] = "rewritten"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(report, SCHEMA_DOC)
