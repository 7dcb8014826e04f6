"""Classify each change by kind, decide whether it is material, and keep the evidence.

The vocabulary lives in data: one TOML file per kind in ``tosdiff/rules/`` (see the
header of any of them for the format). This module only knows how to apply a rule:

* a rule's ``patterns`` must match words that the change *touches* (inserted words on
  the new side, deleted words on the old side, or the whole clause when it is added or
  removed) — a keyword that merely sits in an unchanged part of the clause does not fire;
* ``requires`` patterns must appear somewhere in the clause or its heading (context);
* ``excludes`` patterns veto the rule when they appear in the sentence of the match.

Three detectors need more than words and are named by rules: ``durations`` (a time
period added, removed or changed, with old and new values parsed), ``net-addition`` (the
clause grows inside a context the rule requires, e.g. another item on a prohibited
list) and ``editorial`` (no change in meaning: punctuation, case, typos, renumbered
cross-references, link or image targets, an unchanged move).
"""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from importlib.resources import files
from pathlib import Path
from typing import Any

from .durations import Duration, compare_durations, describe_change, find_durations
from .errors import RulesError
from .model import Change, Evidence, Report, Segment

KINDS = (
    "new-obligation",
    "obligation-relaxed",
    "liability",
    "notice-period",
    "termination",
    "fees",
    "data-privacy",
    "dispute",
    "amendment",
    "ip-license",
    "editorial",
    "other",
)
SIDES = ("inserted", "deleted", "changed", "context")
DETECTORS = ("durations", "net-addition")
DOMINANCE = 0.25  # an added clause keeps kinds with at least half the top kind's matches
TOPIC_MIN_MATCHES = 2  # matches a clause needs to lend its topic to an unclassified edit
COUNT_CHARS = 4000  # what a clause is about shows in its first pages; bounds the cost
_LEAD_IN = re.compile(r"\b(below|the following)\b", re.I)
RESTATED_MIN_WORDS = 6  # shorter sentences are fragments, judged with their clause
RESTATED_SIMILARITY = 0.8  # word-set likeness of a sentence found elsewhere
LEAD_IN_REACH = 40  # clauses to look back for the sentence that introduces a list
SUBSTANTIVE_WORDS = 6  # fewer changed words than this, with no kind, is not material
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+")


@dataclass(frozen=True)
class Rule:
    """One way a kind is recognised: patterns, where they must match, and why."""

    id: str
    kind: str
    side: str = "changed"
    patterns: tuple[re.Pattern[str], ...] = ()
    requires: tuple[re.Pattern[str], ...] = ()
    excludes: tuple[re.Pattern[str], ...] = ()
    detector: str | None = None
    material: bool | None = None  # None: the kind's default
    secondary: bool = False  # counts only when no primary rule of any kind fired
    direction_inserted: str = "neutral"
    direction_deleted: str = "neutral"
    explain: str = ""


@dataclass(frozen=True)
class KindSpec:
    """A kind of change: its label, default materiality and rules."""

    kind: str
    label: str
    material: bool
    rules: tuple[Rule, ...]


@dataclass(frozen=True)
class RuleSet:
    """All classification rules, per kind, plus the vocabulary of dates."""

    kinds: dict[str, KindSpec] = field(default_factory=dict)
    date_words: re.Pattern[str] = re.compile(r"$^")
    banner: tuple[re.Pattern[str], ...] = ()
    informational: tuple[re.Pattern[str], ...] = ()

    def rules(self) -> list[Rule]:
        """Return every rule of every kind."""
        return [rule for spec in self.kinds.values() for rule in spec.rules]


def _compile(patterns: Any, where: str) -> tuple[re.Pattern[str], ...]:
    """Compile a list of regular expressions, naming the rule of a bad one."""
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
        raise RulesError(f"{where}: expected a list of regular expressions")
    compiled = []
    for pattern in patterns:
        try:
            compiled.append(re.compile(pattern, re.IGNORECASE))
        except re.error as error:
            raise RulesError(f"{where}: bad pattern {pattern!r}: {error}") from None
    return tuple(compiled)


def _load_kind(data: dict[str, Any], where: str) -> KindSpec:
    """Validate one kind's rules file and return its spec."""
    kind = data.get("kind")
    if kind not in KINDS:
        raise RulesError(f"{where}: kind must be one of {', '.join(KINDS)}, not {kind!r}")
    rules = []
    for position, raw in enumerate(data.get("rule", []), start=1):
        rule_id = raw.get("id") or f"{kind}.{position}"
        here = f"{where}: rule {rule_id}"
        side = raw.get("side", "changed")
        if side not in SIDES:
            raise RulesError(f"{here}: side must be one of {', '.join(SIDES)}")
        detector = raw.get("detector")
        if detector is not None and detector not in DETECTORS:
            raise RulesError(f"{here}: unknown detector {detector!r}")
        patterns = _compile(raw.get("patterns", []), here)
        if not patterns and detector is None:
            raise RulesError(f"{here}: needs patterns or a detector")
        rules.append(
            Rule(
                id=rule_id,
                kind=kind,
                side=side,
                patterns=patterns,
                requires=_compile(raw.get("requires", []), here),
                excludes=_compile(raw.get("excludes", []), here),
                detector=detector,
                material=raw.get("material"),
                secondary=bool(raw.get("secondary", False)),
                direction_inserted=raw.get("direction_inserted", "neutral"),
                direction_deleted=raw.get("direction_deleted", "neutral"),
                explain=raw.get("explain", ""),
            )
        )
    if not rules and kind not in ("editorial", "other"):
        raise RulesError(f"{where}: kind {kind} has no rules")
    return KindSpec(kind, data.get("label", kind), bool(data.get("material", True)), tuple(rules))


def load_rules(*paths: str | Path, include_defaults: bool = True) -> RuleSet:
    """Return the rules shipped with tosdiff plus those in the given TOML files."""
    sources: list[tuple[str, str]] = []
    if include_defaults:
        folder = files("tosdiff") / "rules"
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".toml"):
                sources.append((f"rules/{entry.name}", entry.read_text(encoding="utf-8")))
    for path in paths:
        try:
            sources.append((str(path), Path(path).read_text(encoding="utf-8")))
        except OSError as error:
            raise RulesError(f"{path}: cannot read rules file: {error.strerror}") from None
    kinds: dict[str, KindSpec] = {}
    date_words: list[str] = []
    banner: list[str] = []
    informational: list[str] = []
    for where, text in sources:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise RulesError(f"{where}: not valid TOML: {error}") from None
        if "vocabulary" in data:
            date_words += data["vocabulary"].get("date_words", [])
            banner += data["vocabulary"].get("update_banner", [])
            informational += data["vocabulary"].get("informational", [])
            continue
        spec = _load_kind(data, where)
        if spec.kind in kinds:  # a user's file adds rules to a shipped kind
            old = kinds[spec.kind]
            spec = KindSpec(spec.kind, old.label, old.material, old.rules + spec.rules)
        kinds[spec.kind] = spec
    dates = re.compile(r"^(?:" + "|".join(date_words) + r")$", re.I) if date_words else None
    return RuleSet(
        kinds=kinds,
        date_words=dates or re.compile(r"$^"),
        banner=_compile(banner, "vocabulary.update_banner"),
        informational=_compile(informational, "vocabulary.informational"),
    )


_DEFAULT: RuleSet | None = None


def default_rules() -> RuleSet:
    """Return the rules shipped with tosdiff (loaded once)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load_rules()
    return _DEFAULT


@dataclass(frozen=True)
class _Sides:
    """The two texts of a change and which character spans of each were edited."""

    old: str
    new: str
    deleted: tuple[tuple[int, int], ...]
    inserted: tuple[tuple[int, int], ...]
    context: str


_NAME = re.compile(r"^\s*(?:[A-Z][\w’'.-]*\s*){1,3}$")


def effective_redline(change: Change) -> list[Segment]:
    """Return the redline with renames of a proper name (Facebook -> Meta) made equal."""
    segments = list(change.redline)
    result: list[Segment] = []
    i = 0
    while i < len(segments):
        seg = segments[i]
        nxt = segments[i + 1] if i + 1 < len(segments) else None
        if (
            nxt is not None
            and {seg.op, nxt.op} == {"delete", "insert"}
            and _NAME.match(seg.text)
            and _NAME.match(nxt.text)
        ):
            kept = nxt if nxt.op == "insert" else seg
            result.append(Segment("equal", kept.text))
            i += 2
            continue
        result.append(seg)
        i += 1
    return result


def _sides(change: Change, parent: str = "") -> _Sides:
    """Return the texts and edited spans of a change; parent is the enclosing clause's text."""
    clause = change.new or change.old
    heading = "\n".join(filter(None, [clause.heading if clause else None, parent]))
    old = "\n".join(c.text for c in ((change.old,) + change.old_extra if change.old else ()))
    new = "\n".join(c.text for c in ((change.new,) + change.new_extra if change.new else ()))
    if change.old is None or change.new is None:
        return _Sides(
            old,
            new,
            ((0, len(old)),) if old else (),
            ((0, len(new)),) if new else (),
            f"{heading}\n{old}\n{new}",
        )
    deleted, inserted = [], []
    o = n = 0
    redline = effective_redline(change)
    for segment in redline:
        size = len(segment.text)
        if segment.op == "equal":
            o, n = o + size, n + size
        elif segment.op == "delete":
            deleted.append((o, o + size))
            o += size
        else:
            inserted.append((n, n + size))
            n += size
    old_side = "".join(s.text for s in redline if s.op != "insert")
    new_side = "".join(s.text for s in redline if s.op != "delete")
    return _Sides(
        old_side, new_side, tuple(deleted), tuple(inserted), f"{heading}\n{old_side}\n{new_side}"
    )


def _touching(
    pattern: re.Pattern[str], text: str, spans: tuple[tuple[int, int], ...]
) -> re.Match[str] | None:
    """Return the first match of pattern that overlaps an edited span by a word character."""
    if not spans:
        return None
    if len(spans) == 1 and spans[0] == (0, len(text)):  # a whole clause added or removed
        match = pattern.search(text)
        return match if match and _WORD.search(match.group(0)) else None
    for a, b in _windows(spans, len(text)):
        for match in pattern.finditer(text, a, b):
            start, end = match.span()
            for x, y in spans:
                lo, hi = max(start, x), min(end, y)
                if lo < hi and _WORD.search(text, lo, hi):
                    return match
    return None


_WINDOW = 120  # characters of context around an edit that a pattern may span


def _windows(
    spans: tuple[tuple[int, int], ...], size: int, reach: int = _WINDOW
) -> list[tuple[int, int]]:
    """Return merged search windows around edited spans (searching only near edits)."""
    windows: list[tuple[int, int]] = []
    for a, b in spans:
        lo, hi = max(0, a - reach), min(size, b + reach)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


def _sentence(text: str, match: re.Match[str]) -> str:
    """Return the sentence of text that holds match."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, match.start())), default=0)
    end_match = _SENTENCE_END.search(text, match.end())
    return text[start : end_match.start() if end_match else len(text)]


def _changed_words(change: Change) -> tuple[list[str], list[str]]:
    """Return the deleted and the inserted words of a change."""
    redline = effective_redline(change)
    deleted = _WORD.findall(" ".join(s.text for s in redline if s.op == "delete"))
    inserted = _WORD.findall(" ".join(s.text for s in redline if s.op == "insert"))
    return deleted, inserted


def _apply_renumbering(text: str, renumbered: dict[str, str]) -> str:
    """Return text with every renumbered clause reference replaced by its new number."""
    refs = {k.split()[-1]: v.split()[-1] for k, v in renumbered.items()}
    if not refs:
        return text
    pattern = re.compile(
        r"(?<![\w.])("
        + "|".join(re.escape(k) for k in sorted(refs, key=len, reverse=True))
        + r")(?![\w]|\.\d)"
    )
    return pattern.sub(lambda m: refs[m.group(1)], text)


def editorial_reason(change: Change, renumbered: dict[str, str], rules: RuleSet) -> str | None:
    """Return why a change is editorial (no change in meaning), or None if it is not."""
    if change.noise == "links":
        return "Only link targets changed"
    if change.noise == "images":
        return "Only images changed"
    old, new = change.old, change.new
    if old is None or new is None:
        return None
    if (
        change.op == "moved"
        and old.key == new.key
        and all(a.key == b.key for a, b in zip(change.old_extra, change.new_extra, strict=False))
    ):
        return "Moved without changes to its text"
    if old.key.lower() == new.key.lower():
        return "Capitalisation changed"
    if _WORD.findall(old.key.lower()) == _WORD.findall(new.key.lower()):
        return "Punctuation or spacing changed"
    if renumbered and _apply_renumbering(old.key, renumbered) == new.key:
        return "Cross-reference updated after renumbering"
    changed = [s.text.strip() for s in change.redline if s.op != "equal" and s.text.strip()]
    if changed and all(_REFERENCE.match(text) for text in changed):
        return "Cross-reference corrected"
    if _relettered(change.redline):
        return "Cross-reference or item lettering changed"
    deleted, inserted = _changed_words(change)
    if not deleted and not inserted:
        return "Name changed (e.g. a company renamed); wording otherwise the same"
    if 0 < len(deleted) + len(inserted) <= 3 and all(
        w.lower() in _FUNCTION_WORDS for w in deleted + inserted
    ):
        return "Wording smoothed (only function words changed)"
    if (
        deleted
        and inserted
        and len(deleted) == len(inserted) <= 3
        and all(_is_typo(a, b) for a, b in zip(deleted, inserted, strict=True))
    ):
        return "Spelling or grammar corrected"
    if (
        old.links
        and new.links
        and len(_WORD.findall(new.key)) <= 8
        and len(_WORD.findall(old.key)) <= 8
    ):
        return "Link changed"
    return None


_REF_PIECE = re.compile(r"^[A-Za-z0-9.]{1,3}$")


def _relettered(segments: list[Segment]) -> bool:
    """Return whether every edit is a short piece of a reference ("10.b" -> "10A")."""
    edits = 0
    for index, segment in enumerate(segments):
        if segment.op == "equal":
            continue
        edits += 1
        before = next((s.text for s in reversed(segments[:index]) if s.op == "equal"), "")
        if not _REF_PIECE.match(segment.text.strip()) or not before[-1:].isdigit():
            return False
    return edits > 0


def _is_typo(a: str, b: str) -> bool:
    """Return whether b looks like a spelling or grammar fix of a (not a new word)."""
    if a.isdigit() or b.isdigit() or a.lower() in _NEGATIONS or b.lower() in _NEGATIONS:
        return False
    if a.lower() == b.lower():
        return True
    ratio = SequenceMatcher(None, a.lower(), b.lower()).ratio()
    return ratio >= 0.7 and a[:3].lower() == b[:3].lower()


_FUNCTION_WORDS = {
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "as",
    "that", "which", "this", "these", "those", "such", "any", "other", "others", "more",
    "also", "its", "their", "our", "your", "it", "is", "are", "be", "here", "there", "s",
}  # fmt: skip
_NEGATIONS = {"not", "no", "never", "may", "must", "shall", "will", "can", "cannot"}


def _is_date_only(change: Change, rules: RuleSet) -> bool:
    """Return whether only dates (and words such as "Last updated") changed."""
    deleted, inserted = _changed_words(change)
    words = deleted + inserted
    if not words or not all(rules.date_words.match(w) or w.isdigit() for w in words):
        return False
    return any(
        _YEAR.match(w) or (rules.date_words.match(w) and w.lower() in _MONTHS) for w in words
    )


_YEAR = re.compile(r"^(19|20)\d\d$")
_MONTHS = {
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
    "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
    "november", "dec", "december",
}  # fmt: skip
_REFERENCE = re.compile(r"^\d+(\.\d+)+\.?$")


def _fire(rule: Rule, change: Change, sides: _Sides) -> list[Evidence]:
    """Return the evidence of one rule on one change (empty when it does not fire)."""
    if rule.requires and not any(p.search(sides.context) for p in rule.requires):
        return []
    if rule.detector == "durations":
        return _durations(rule, change, sides)
    if rule.detector == "net-addition":
        deleted, inserted = _changed_words(change)
        if change.old is None and change.new is not None:  # a new item on the list
            inserted = _WORD.findall(change.new.text)
        if change.new is not None and len(inserted) >= len(deleted) + 2:
            return [
                Evidence(
                    rule.kind,
                    rule.id,
                    "inserted",
                    " ".join(inserted[:12]),
                    rule.explain or "Clause extended",
                )
            ]
        return []
    found = []
    checks = []
    if rule.side in ("inserted", "changed"):
        checks.append(("inserted", sides.new, sides.inserted))
    if rule.side in ("deleted", "changed"):
        checks.append(("deleted", sides.old, sides.deleted))
    if rule.side == "context":
        checks.append(("context", sides.context, ((0, len(sides.context)),)))
    for side, text, spans in checks:
        for pattern in rule.patterns:
            match = _touching(pattern, text, spans)
            if match is None:
                continue
            if rule.excludes and any(p.search(_sentence(text, match)) for p in rule.excludes):
                continue
            found.append(Evidence(rule.kind, rule.id, side, match.group(0), rule.explain))
            break
    return found


def _touched_sentences(text: str, spans: tuple[tuple[int, int], ...]) -> list[str]:
    """Return the sentences of text that overlap an edited span."""
    sentences: list[str] = []
    for a, b in spans:
        start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, a)), default=0)
        end_match = _SENTENCE_END.search(text, b)
        stop = end_match.start() if end_match else len(text)
        sentences += _SENTENCE_END.split(text[start:stop])
    return [x for x in sentences if _WORD.search(x)]


def _only_informational(sides: _Sides, rules: RuleSet) -> bool:
    """Return whether every sentence the change adds only points to more information."""
    if not rules.informational or sides.deleted:
        return False
    sentences = _touched_sentences(sides.new, sides.inserted)
    return bool(sentences) and all(any(p.search(x) for p in rules.informational) for x in sentences)


class SentenceIndex:
    """The sentences of one version, to tell whether an edit only restates them."""

    def __init__(self, texts: list[str]) -> None:
        self._sets: list[frozenset[str]] = []
        self._owner: list[int] = []  # clause index of each sentence
        self._index: dict[str, list[int]] = defaultdict(list)
        for owner, text in enumerate(texts):
            for sentence in _SENTENCE_END.split(text):
                words = frozenset(_WORD.findall(sentence.lower()))
                if len(words) >= RESTATED_MIN_WORDS:
                    for word in words:
                        self._index[word].append(len(self._sets))
                    self._sets.append(words)
                    self._owner.append(owner)

    def contains(self, sentence: str, *, besides: int | None = None) -> bool:
        """Return whether a sentence (nearly) stands in this version, outside clause besides."""
        words = frozenset(_WORD.findall(sentence.lower()))
        if len(words) < RESTATED_MIN_WORDS:
            return False
        # Candidates share one of the sentence's three rarest words; then compare whole sets.
        rare = sorted(words, key=lambda w: len(self._index.get(w, ())))[:3]
        candidates = {i for word in rare for i in self._index.get(word, ())}
        return any(
            self._owner[i] != besides
            and 2 * len(words & self._sets[i]) / (len(words) + len(self._sets[i]))
            >= RESTATED_SIMILARITY
            for i in candidates
        )


def _restated(
    change: Change, sides: _Sides, old_index: SentenceIndex, new_index: SentenceIndex
) -> bool:
    """Return whether every sentence a change adds was already in the old version and
    every sentence it removes is still in the new one (text moved or repeated)."""
    own_old = change.old.index if change.old else None
    own_new = change.new.index if change.new else None
    added = _touched_sentences(sides.new, sides.inserted)
    removed = _touched_sentences(sides.old, sides.deleted)
    if not added and not removed:
        return False
    return all(old_index.contains(x, besides=own_old) for x in added) and all(
        new_index.contains(x, besides=own_new) for x in removed
    )


def _count(rule: Rule, text: str) -> int:
    """Return how many times a rule's patterns occur in text."""
    text = text[:COUNT_CHARS]
    return sum(len(p.findall(text)) for p in rule.patterns)


def _dominant(evidence: list[Evidence], rules: RuleSet, sides: _Sides) -> list[Evidence]:
    """Keep the evidence of the kinds an added or removed clause is mostly about."""
    text = sides.new or sides.old
    weight: dict[str, int] = {}
    for item in evidence:
        spec = rules.kinds[item.kind]
        count = sum(_count(rule, text) for rule in spec.rules) or 1
        if item.old is not None or item.new is not None:
            count += 2  # a parsed period is strong evidence on its own
        weight[item.kind] = max(weight.get(item.kind, 0), count)
    if not weight:
        return evidence
    top = max(weight.values())
    keep = {k for k, w in weight.items() if w >= max(1, DOMINANCE * top)}
    return [e for e in evidence if e.kind in keep]


def _material(item: Evidence, rules: RuleSet, by_id: dict[str, Rule]) -> bool:
    """Return whether one piece of evidence makes its change material."""
    rule = by_id.get(item.rule)
    if rule is not None and rule.material is not None:
        return rule.material
    return rules.kinds[item.kind].material


TOPIC_REACH = 400  # characters around an edit that tell what the edited passage is about


def _near_edits(sides: _Sides, parent: str) -> str:
    """Return the parent clause's opening and the text around each edit, on both sides."""
    parts = [sides.context.split("\n", 1)[0], parent[:COUNT_CHARS]]
    for text, spans in ((sides.new, sides.inserted), (sides.old, sides.deleted)):
        for a, b in _windows(spans, len(text), TOPIC_REACH):
            parts.append(text[a:b])
    return "\n".join(parts)


def _topic(rules: RuleSet, text: str) -> Evidence | None:
    """Return evidence for the kind a clause is about, when its edit names none."""
    best, best_count = None, 0
    for spec in rules.kinds.values():
        for rule in spec.rules:
            if rule.patterns and rule.side != "context":
                count = _count(rule, text)
                if count > best_count:
                    best, best_count = rule, count
    if best is None or best_count < TOPIC_MIN_MATCHES:
        return None
    return Evidence(
        best.kind,
        best.id,
        "context",
        "",
        f"The clause is about {rules.kinds[best.kind].label.lower()}",
    )


_UNITS = ("minute", "hour", "day", "week", "fortnight", "month", "year")


def _periods_near(text: str, spans: tuple[tuple[int, int], ...]) -> list[Duration]:
    """Return the periods stated in the windows of text around its edited spans."""
    found: list[Duration] = []
    for a, b in _windows(spans, len(text)):
        window = text[a:b]
        lowered = window.lower()
        if not any(unit in lowered for unit in _UNITS):
            continue
        for period in find_durations(window):
            found.append(replace(period, start=period.start + a, end=period.end + a))
    return found


def _durations(rule: Rule, change: Change, sides: _Sides) -> list[Evidence]:
    """Return evidence for periods added, removed or changed by a change."""
    old_periods = _periods_near(sides.old, sides.deleted)
    new_periods = _periods_near(sides.new, sides.inserted)

    def touched(periods: list[Duration], spans: tuple[tuple[int, int], ...]) -> list[Duration]:
        return [d for d in periods if any(max(d.start, a) < min(d.end, b) for a, b in spans)]

    old_touched = touched(old_periods, sides.deleted)
    new_touched = touched(new_periods, sides.inserted)
    evidence = []
    for old_d, new_d in zip(old_touched, new_touched, strict=False):
        verdict = compare_durations(old_d, new_d)
        evidence.append(
            Evidence(
                rule.kind,
                rule.id,
                "both",
                f"{old_d.text} → {new_d.text}",
                f"Time period {describe_change(old_d, new_d)}",
                old_d.to_dict(),
                new_d.to_dict(),
            )
        )
        if verdict == "unchanged":
            evidence.pop()
    for old_d in old_touched[len(new_touched) :]:
        evidence.append(
            Evidence(
                rule.kind,
                rule.id,
                "deleted",
                old_d.text,
                f"Time period of {old_d.describe()} removed",
                old_d.to_dict(),
                None,
            )
        )
    for new_d in new_touched[len(old_touched) :]:
        evidence.append(
            Evidence(
                rule.kind,
                rule.id,
                "inserted",
                new_d.text,
                f"New time period of {new_d.describe()}",
                None,
                new_d.to_dict(),
            )
        )
    return evidence


def _direction(evidence: list[Evidence], rules: dict[str, Rule]) -> str:
    """Return whom a change favours, from the evidence that fired."""
    votes = []
    for item in evidence:
        rule = rules.get(item.rule)
        if rule is None:
            continue
        if item.old is not None and item.new is not None:
            old_d, new_d = _as_duration(item.old), _as_duration(item.new)
            verdict = compare_durations(old_d, new_d)
            votes.append("adverse" if verdict == "shortened" else "favourable")
        elif item.side in ("inserted", "context", "both"):
            votes.append(rule.direction_inserted)
        else:
            votes.append(rule.direction_deleted)
    if "adverse" in votes:
        return "adverse"
    return "favourable" if "favourable" in votes else "neutral"


def _as_duration(data: dict[str, Any]) -> Duration:
    """Rebuild a Duration from its JSON form, for comparison."""
    return Duration(
        value=data["value"],
        unit=data["unit"],
        text=data.get("text", ""),
        start=0,
        end=0,
        day_type=data.get("day_type"),
        consecutive=bool(data.get("consecutive")),
        bound=data.get("bound"),
    )


def classify_change(
    change: Change,
    rules: RuleSet,
    renumbered: dict[str, str] | None = None,
    parent: str = "",
    versions: tuple[SentenceIndex, SentenceIndex] | None = None,
) -> None:
    """Fill kinds, material, direction, evidence and explanation of one change.

    parent is the text of the enclosing clause (e.g. the sentence that opens a list),
    which tells what a bare list item is about. versions (the sentences of the old and
    the new document) let an edit that only moves or repeats existing text be judged
    not material.
    """
    reason = editorial_reason(change, renumbered or {}, rules)
    if reason is not None:
        change.kinds = ["editorial"]
        change.material = False
        change.direction = "neutral"
        change.evidence = [Evidence("editorial", "editorial.structure", "both", "", reason)]
        change.explanation = reason
        return
    if change.old is not None and change.new is not None and _is_date_only(change, rules):
        change.kinds = ["other"]
        change.material = False
        change.evidence = [Evidence("other", "other.date", "both", "", "Only a date changed")]
        change.explanation = "Only a date changed (e.g. the effective or last-updated date)"
        return
    sides = _sides(change, parent)
    banner = next((p.search(sides.context) for p in rules.banner if p.search(sides.context)), None)
    if banner is not None:
        change.kinds = ["amendment"]
        change.material = False
        change.evidence = [
            Evidence(
                "amendment",
                "amendment.banner",
                "context",
                banner.group(0),
                "Announcement of updated terms",
            )
        ]
        change.explanation = "Announcement of updated terms (not itself a change of terms)"
        return
    evidence: list[Evidence] = []
    by_id: dict[str, Rule] = {}
    material = False
    for spec in rules.kinds.values():
        fired_kind = False
        for rule in spec.rules:
            by_id[rule.id] = rule
            found = _fire(rule, change, sides)
            if found:
                evidence.extend(found)
                fired_kind = True
                material = material or (spec.material if rule.material is None else rule.material)
        if fired_kind and spec.kind not in ("editorial", "other"):
            pass
    if any(not by_id[e.rule].secondary for e in evidence if e.rule in by_id):
        evidence = [e for e in evidence if e.rule not in by_id or not by_id[e.rule].secondary]
        material = any(_material(e, rules, by_id) for e in evidence)
    if change.old is None or change.new is None:
        evidence = _dominant(evidence, rules, sides)
        material = any(_material(e, rules, by_id) for e in evidence)
    kinds = [k for k in KINDS if any(e.kind == k for e in evidence)]
    if not kinds and change.old is not None and change.new is not None:
        topic = _topic(rules, _near_edits(sides, parent))
        if topic is not None:
            evidence.append(topic)
            kinds = [topic.kind]
            material = rules.kinds[topic.kind].material
    deleted, inserted = _changed_words(change)
    if change.old is None or change.new is None:
        size = len(_WORD.findall((change.new or change.old).text))  # type: ignore[union-attr]
    else:
        size = len(deleted) + len(inserted)
    if not kinds:
        kinds = ["other"]
        material = size >= SUBSTANTIVE_WORDS
        evidence.append(
            Evidence(
                "other",
                "other.substantive",
                "both",
                "",
                "Substantive wording changed" if material else "Minor wording changed",
            )
        )
    if any(p.search(sides.context) for p in rules.banner) or _only_informational(sides, rules):
        material = False
    elif material and versions is not None and _restated(change, sides, *versions):
        material = False
        evidence.append(
            Evidence(kinds[0], "restated", "both", "", "Restates text already in the agreement")
        )
    change.kinds = kinds
    change.material = material
    change.evidence = evidence
    change.direction = _direction(evidence, by_id)  # type: ignore[assignment]
    change.explanation = _explain(change, rules)


def _explain(change: Change, rules: RuleSet) -> str:
    """Return a one-line plain-language explanation of a classified change."""
    for item in change.evidence:
        if item.old is not None or item.new is not None:
            return item.explanation
    labels = [rules.kinds[k].label if k in rules.kinds else k for k in change.kinds]
    what = {
        "added": "New clause",
        "removed": "Clause removed",
        "moved": "Clause moved",
        "modified": "Clause changed",
    }[change.op]
    first = next((e for e in change.evidence if e.explanation), None)
    detail = first.explanation if first else ""
    return f"{what}: {', '.join(labels).lower()}" + (f" — {detail}" if detail else "")


def classify_report(report: Report, rules: RuleSet) -> None:
    """Fill kinds, materiality, direction and evidence of every change in report."""
    versions = (
        SentenceIndex([c.text for c in report.old.clauses]),
        SentenceIndex([c.text for c in report.new.clauses]),
    )
    for change in report.changes:
        classify_change(change, rules, report.renumbered, _parent_text(report, change), versions)


def _parent_text(report: Report, change: Change) -> str:
    """Return the text of the clause that encloses a change's clause, if any."""
    clause, doc = (change.new, report.new) if change.new else (change.old, report.old)
    if clause is None:
        return ""
    if clause.parent is not None and clause.parent < len(doc.clauses):
        parent = doc.clauses[clause.parent]
        if not parent.is_heading:
            return parent.text
    # A list is introduced by sentences such as "we prohibit the following content:" or
    # "Don't post content if it fits any of the descriptions below."
    lead_ins: list[str] = []
    for index in range(clause.index - 1, max(-1, clause.index - LEAD_IN_REACH), -1):
        before = doc.clauses[index]
        if before.is_heading:
            break
        if before.text.rstrip().endswith(":") or _LEAD_IN.search(before.text):
            lead_ins.append(before.text[:COUNT_CHARS])
            if len(lead_ins) == 3:
                break
    return "\n".join(lead_ins)
    return ""


def changed_text(segments: list[Segment]) -> str:
    """Return the words a redline inserts or deletes, for display."""
    return " … ".join(s.text.strip() for s in segments if s.op != "equal" and s.text.strip())
