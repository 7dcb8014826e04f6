"""Tests for tosdiff.regexcache: a cached pattern is the pattern re.compile gives, and
a missing, damaged or foreign cache file changes nothing but the speed."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tosdiff import regexcache, ruleset, scan
from tosdiff.ruleset import default_rules, load_rules

RULES = default_rules()
SHIPPED = sorted(
    {
        (pattern.pattern, pattern.flags)
        for rule in RULES.rules()
        for pattern in rule.patterns + rule.requires + rule.excludes + rule.added_words
    }
)
TEXT = (
    "You must not share your personal data with third parties. We may terminate your "
    "account upon thirty (30) days' notice. Fees are billed monthly; late payment incurs "
    "interest. These Terms are governed by the laws of Ireland. Sie dürfen keine Inhalte "
    "hochladen. YOU AGREE TO INDEMNIFY US and arbitration is binding."
)


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point the cache at an empty folder for one test, and forget it afterwards."""
    monkeypatch.setenv("TOSDIFF_CACHE_DIR", str(tmp_path))
    regexcache.reset()
    yield tmp_path
    regexcache.reset()


def _spans(pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(TEXT)]


def test_every_shipped_pattern_rebuilds_to_what_re_compiles(cache_dir: Path) -> None:
    fresh = [regexcache.compile(text, flags) for text, flags in SHIPPED]
    regexcache.reset()  # saved; the next compile reads the file
    assert regexcache.cache_file() is not None and regexcache.cache_file().is_file()  # type: ignore[union-attr]
    for (text, flags), first in zip(SHIPPED, fresh, strict=True):
        cached = regexcache.compile(text, flags)
        plain = re.compile(text, flags)
        assert (cached.pattern, cached.flags, cached.groups) == (
            plain.pattern,
            plain.flags,
            plain.groups,
        )
        assert dict(cached.groupindex) == dict(plain.groupindex)
        assert _spans(cached) == _spans(plain) == _spans(first), text


def test_a_second_process_reads_the_cache(cache_dir: Path) -> None:
    script = (
        "from tosdiff import regexcache; from tosdiff.ruleset import default_rules; "
        "default_rules().for_language('en').scanner; "
        "print(len(regexcache._the_store().entries), regexcache._the_store().added)"
    )
    first = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    second = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    written, added = first.stdout.split()
    read, added_again = second.stdout.split()
    assert added == "True" and int(written) > 100
    assert read == written and added_again == "False"  # nothing compiled anew


def test_a_damaged_file_is_ignored_and_rewritten(cache_dir: Path) -> None:
    pattern = regexcache.compile(r"\b(fees?|pric(e|es|ing))\b", re.IGNORECASE)
    regexcache.reset()
    path = regexcache.cache_file()
    assert path is not None
    data = bytearray(path.read_bytes())
    data[-10] ^= 0xFF  # one byte of the payload flipped: the checksum tells
    path.write_bytes(bytes(data))
    again = regexcache.compile(r"\b(fees?|pric(e|es|ing))\b", re.IGNORECASE)
    assert _spans(again) == _spans(pattern)
    assert again.search("Our PRICING changed").group(0) == "PRICING"  # type: ignore[union-attr]
    regexcache.reset()
    assert regexcache._read(path, regexcache._fingerprint())  # rewritten whole


@pytest.mark.parametrize(
    "content",
    [b"", b"not a cache", regexcache._FORMAT + b"\x00\x00\x00\x05abc", regexcache._FORMAT],
)
def test_unreadable_files_give_no_entries(cache_dir: Path, content: bytes) -> None:
    path = cache_dir / "patterns.bin"
    path.write_bytes(content)
    assert regexcache._read(path, regexcache._fingerprint()) == {}


def test_a_file_of_another_python_is_ignored(cache_dir: Path) -> None:
    regexcache.compile(r"\bnotice\b")
    regexcache.reset()
    path = regexcache.cache_file()
    assert path is not None
    assert regexcache._read(path, ("cpython", 0, 0, 0)) == {}
    assert regexcache._read(path, regexcache._fingerprint()) != {}


def test_an_invalid_program_falls_back_to_re(cache_dir: Path) -> None:
    store = regexcache._the_store()
    store.entries[("re", r"\bdays?\b", 0)] = (0, [1, 2, 3], 0, {}, ())
    pattern = regexcache.compile(r"\bdays?\b")
    assert [m.group(0) for m in pattern.finditer("30 days, one day")] == ["days", "day"]


def test_a_bad_pattern_raises_as_re_does(cache_dir: Path) -> None:
    with pytest.raises(re.error):
        regexcache.compile(r"\b(unclosed")


def test_remember_keeps_none_and_plain_data(cache_dir: Path) -> None:
    calls: list[str] = []

    def compute(value: object) -> object:
        calls.append("x")
        return value

    assert regexcache.remember("t", "a", lambda: compute(None)) is None
    assert regexcache.remember("t", "a", lambda: compute("other")) is None
    assert regexcache.remember("t", "b", lambda: compute((frozenset({"x"}), "y"))) == (
        frozenset({"x"}),
        "y",
    )
    regexcache.reset()
    assert regexcache.remember("t", "b", lambda: compute("not read")) == (frozenset({"x"}), "y")
    assert len(calls) == 2


def test_an_empty_cache_dir_turns_the_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TOSDIFF_CACHE_DIR", "")
    regexcache.reset()
    assert regexcache.cache_file() is None
    assert regexcache.compile(r"\bterms\b").search("new terms") is not None
    regexcache.reset()
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_cache_dir_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder would be")
    monkeypatch.setenv("TOSDIFF_CACHE_DIR", str(blocker / "cache"))
    regexcache.reset()
    assert regexcache.compile(r"\bterms\b").search("new terms") is not None
    regexcache.reset()  # the save fails quietly: the next run compiles again
    assert blocker.read_text() == "a file where the folder would be"


def test_the_file_holds_plain_data(cache_dir: Path) -> None:
    regexcache.compile(r"\bcookies?\b", re.IGNORECASE)
    regexcache.reset()
    path = regexcache.cache_file()
    assert path is not None
    data = path.read_bytes()
    start = len(regexcache._FORMAT)
    size = int.from_bytes(data[start : start + 4], "big")
    entries = marshal.loads(data[start + 4 + size :])
    flags, code, groups, groupindex, indexgroup = entries[
        ("re", r"\bcookies?\b", int(re.IGNORECASE))
    ]
    assert flags & re.IGNORECASE and isinstance(code, bytes)  # loads far faster than a list
    assert (groups, groupindex, indexgroup) == (0, {}, (None,))


def test_a_scanner_over_cached_patterns_is_read_not_derived(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # deriving a scanner's tables from ~900 patterns takes ~10 ms every run; a later
    # run reads them, and its scanner answers exactly as the one built afresh
    patterns = [p for rule in RULES.rules() for p in rule.patterns]
    fresh = scan.Scanner(patterns).hits(TEXT)
    regexcache.reset()

    def derive(_: object) -> None:
        raise AssertionError("the scanner's tables were derived again")

    monkeypatch.setattr(scan, "_plan", derive)
    again = [regexcache.compile(p.pattern, p.flags) for p in patterns]
    cached = scan.Scanner(again).hits(TEXT)
    for first, second in zip(patterns, again, strict=True):
        found = [m.span() for m in fresh.finditer(first)]
        assert [m.span() for m in cached.finditer(second)] == found == _spans(first)
    assert sorted(cached.found() or ()) == sorted(fresh.found() or ())


def test_synonym_phrasings_are_read_from_the_cache(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the plainest phrasing of each synonym group (~4 ms to derive) is kept like the
    # scanners' tables; a later run reads the same pairs
    derived = load_rules().synonym_phrasings
    assert derived == ruleset._phrasings(tuple(load_rules().synonyms.items()))
    regexcache.reset()

    def derive(_: object) -> None:
        raise AssertionError("the synonym phrasings were derived again")

    monkeypatch.setattr(ruleset, "_phrasings", derive)
    assert load_rules().synonym_phrasings == derived


def test_the_fingerprint_follows_the_scanner_code(monkeypatch: pytest.MonkeyPatch) -> None:
    # facts the scanner derived with older code must not be read by newer code
    now = regexcache._fingerprint()
    monkeypatch.setattr(regexcache, "_DERIVING", ("regexcache.py",))
    assert regexcache._fingerprint() != now


def test_a_save_keeps_only_what_its_run_used(cache_dir: Path) -> None:
    regexcache.compile(r"\bold pattern\b")
    regexcache.reset()
    regexcache.compile(r"\bnew pattern\b")  # a run that no longer uses the old one
    regexcache.reset()
    path = regexcache.cache_file()
    assert path is not None
    kept = regexcache._read(path, regexcache._fingerprint())
    assert ("re", r"\bnew pattern\b", 0) in kept
    assert ("re", r"\bold pattern\b", 0) not in kept


def test_a_warm_start_compiles_no_module_pattern(cache_dir: Path) -> None:
    # the modules' own patterns (~220, ~30 ms of re's pure-Python compiler at every
    # start) are kept like the rules'; a second process compiles none of them
    script = (
        "import re, sys\n"
        "compiled = []\n"
        "plain = re._compile\n"
        "def counting(pattern, flags):\n"
        "    caller = sys._getframe(2).f_globals.get('__name__', '')\n"
        "    if caller.startswith('tosdiff') and isinstance(pattern, str):\n"
        "        compiled.append(pattern)\n"
        "    return plain(pattern, flags)\n"
        "re._compile = counting\n"
        "import tosdiff.cli\n"
        "from tosdiff import regexcache\n"
        "store = regexcache._the_store()\n"
        "print(len(compiled), len(store.used), store.added)\n"
    )
    first, second = (
        subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True
        ).stdout.split()
        for _ in range(2)
    )
    by_re, kept, added = first
    assert int(by_re) < 5 and int(kept) > 150 and added == "True"
    assert second == [by_re, kept, "False"]  # all read from the file: nothing compiled
