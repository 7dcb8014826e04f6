"""Classification rules: the data files in ``tosdiff/rules/`` loaded and validated.

Each kind of change is one TOML file (its header documents the format); users may add
their own files, whose rules join the shipped ones. Validation names the file and the
rule at fault, so a lawyer editing a phrase list gets a clear message.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from importlib.resources import files
from pathlib import Path
from typing import Any

from . import regexcache
from .errors import RulesError
from .scan import Scanner
from .words import lower_words

LANGUAGE_SAMPLE_CHARS = 4000  # of an agreement, enough to tell its language
LANGUAGE_MIN_WORDS = 8  # common words needed before a language is named
LANGUAGE_LEAD = 3  # how many times the runner-up's count the leader needs
# common words enough when no other language's word is used at all (a short clause)
LANGUAGE_MIN_ALONE = 3

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


DETECTORS = (
    "durations",
    "net-addition",
    "net-removal",
    "item-removed",
    "item-added",
    "limit-tightened",
    "limit-loosened",
    "cap-measure",
    "made-advice",
)


@dataclass(frozen=True)
class Rule:
    """One way a kind is recognised: patterns, where they must match, and why."""

    id: str
    kind: str
    side: str = "changed"
    patterns: tuple[re.Pattern[str], ...] = ()
    requires: tuple[re.Pattern[str], ...] = ()
    excludes: tuple[re.Pattern[str], ...] = ()
    # for the net-addition detector: one of these must match the words added
    added_words: tuple[re.Pattern[str], ...] = ()
    detector: str | None = None
    material: bool | None = None  # None: the kind's default
    secondary: bool = False  # counts only when no primary rule of any kind fired
    direction_inserted: str = "neutral"
    direction_deleted: str = "neutral"
    explain: str = ""
    language: str | None = None  # the agreements' language it reads; None: every language
    # words of the rule that a changed period in their sentence does not make the
    # change about ("pay" in "pay within 30 days": a deadline, not a price)
    not_governed_by_periods: frozenset[str] = frozenset()
    # a net addition counts only inside a sentence that keeps what the rule requires
    # (a qualifier written into a ban, not a sentence of its own)
    in_required_sentence: bool = False
    # rules whose match on the same side, in the same sentence, shows that this rule's
    # words only name what that rule is about ("payment information" collected is
    # personal data, not a price), unless one of yields_unless is in the sentence
    yields_to: frozenset[str] = frozenset()
    yields_unless: tuple[re.Pattern[str], ...] = ()
    # words whose gain or loss the rule reads: a match in inserted words counts only when
    # the clause holds more of them after the change, one in deleted words only when it
    # holds fewer ("may only use" -> "may use ... only" keeps the "only")
    kept_words: tuple[re.Pattern[str], ...] = ()


@dataclass(frozen=True)
class KindSpec:
    """A kind of change: its label, default materiality and rules."""

    kind: str
    label: str
    material: bool
    rules: tuple[Rule, ...]
    topic: str = ""  # what a clause of this kind is about, for explanations
    # the kind an edit no rule names takes in a clause on this kind when it only takes
    # words out, or only puts words for others (None: this kind)
    topic_deleted: str | None = None
    topic_reworded: str | None = None


@dataclass(frozen=True)
class Polarity:
    """What a period or an amount is, by the words of its sentence, and whether more
    of it (longer, higher) is better (+1) or worse (-1) for the user."""

    name: str
    more: int
    patterns: tuple[re.Pattern[str], ...]
    # a deadline of this kind taken out ("within 48 hours" dropped) is worse (-1) for
    # the user, better (+1: the user's credits no longer expire), or tells nothing (0)
    deadline_removed: int = 0
    # for an amount: words one of which must end the text just before it ("below 2%"),
    # read before any entry without them; patterns then must match its sentence too
    before: tuple[re.Pattern[str], ...] = ()


@dataclass(frozen=True)
class DirectionWords:
    """The vocabulary of rules/direction.toml (see tosdiff.direction)."""

    favours_user: tuple[re.Pattern[str], ...] = ()
    hurts_user: tuple[re.Pattern[str], ...] = ()
    # favour the user only where an edit writes them into a clause that stays
    favours_user_in_place: tuple[re.Pattern[str], ...] = ()
    periods: tuple[Polarity, ...] = ()  # the first whose pattern the sentence holds
    amounts: tuple[Polarity, ...] = ()
    ages: tuple[Polarity, ...] = ()


@dataclass(frozen=True)
class RuleSet:
    """All classification rules, per kind, plus the vocabulary of dates."""

    kinds: dict[str, KindSpec] = field(default_factory=dict)
    date_words: re.Pattern[str] = regexcache.compile(r"$^")
    banner: tuple[re.Pattern[str], ...] = ()
    informational: tuple[re.Pattern[str], ...] = ()
    contact_details: tuple[re.Pattern[str], ...] = ()
    legal_forms: tuple[re.Pattern[str], ...] = ()
    # words that name a plan, tier or product line ("Premium")
    plan_names: tuple[re.Pattern[str], ...] = ()
    # names of the legal frameworks that personal data is transferred under
    transfer_frameworks: tuple[re.Pattern[str], ...] = ()
    # the opening of a paragraph that describes a feature ("Watch Party lets you ...")
    feature_description: tuple[re.Pattern[str], ...] = ()
    # the opening of an item of a list of rules of conduct ("Post spam.", "Gambling.")
    rule_items: tuple[re.Pattern[str], ...] = ()
    # a standard closing clause (severability, entire agreement, headings, no waiver)
    boilerplate: tuple[re.Pattern[str], ...] = ()
    # a clause on which language's text governs ("the English version shall prevail")
    language_clause: tuple[re.Pattern[str], ...] = ()
    # a clause that defines a term ("“Kindle” means our portable reading devices.")
    definitions: tuple[re.Pattern[str], ...] = ()
    authorities: tuple[re.Pattern[str], ...] = ()
    site_chrome: tuple[re.Pattern[str], ...] = ()
    # words that make a company named in a clause a party to the terms
    contracting_party: tuple[re.Pattern[str], ...] = ()
    # words that open a list of examples, and added examples users should hear of
    example_openers: tuple[re.Pattern[str], ...] = ()
    sensitive_examples: tuple[re.Pattern[str], ...] = ()
    # the opening of a sentence that only illustrates or restates its clause
    illustrations: tuple[re.Pattern[str], ...] = ()
    # the opening of a paragraph that sums up the terms around it ("In short: ...")
    summaries: tuple[re.Pattern[str], ...] = ()
    # an entry of the document's own change log ("May 5, 2015: Clarified ...")
    change_log_entries: tuple[re.Pattern[str], ...] = ()
    # an entry under a change log's heading, read as "heading\ntext" ("Changes to this
    # Privacy Policy" over "Updated 10.4 to reflect ...")
    change_log_sections: tuple[re.Pattern[str], ...] = ()
    # a help page's feedback prompt ("Was this article helpful?")
    feedback_prompts: tuple[re.Pattern[str], ...] = ()
    # a site's cookie consent banner ("This site uses cookies.")
    cookie_banners: tuple[re.Pattern[str], ...] = ()
    # a page's navigation label ("Table of Contents", "Back to top")
    navigation_labels: tuple[re.Pattern[str], ...] = ()
    period_names: tuple[tuple[str, re.Pattern[str]], ...] = ()
    function_words: frozenset[str] = frozenset()
    # words that make an exception: taken out, what the exception spared is bound again
    exception_words: frozenset[str] = frozenset()
    # the words that make a sentence a duty, and those that make it advice
    duty_modals: frozenset[str] = frozenset()
    advice_modals: frozenset[str] = frozenset()
    # ordinal numbers, which count days or times before a unit ("the second business day")
    ordinal_words: frozenset[str] = frozenset()
    # each word that writes an amount or a period -> the first word of its group
    # ("mo" -> "month", "dollars" -> "usd"; "per" -> "")
    quantity_words: dict[str, str] = field(default_factory=dict)
    # each word that sets how far a term reaches (a modal, a quantifier, a number
    # word, a word of discretion) -> the first word of its group ("shall" -> "must")
    force_words: dict[str, str] = field(default_factory=dict)
    # groups of real words easily taken for one another's misspelling
    confusables: frozenset[frozenset[str]] = frozenset()
    # pairs of words one of which put for the other reverses a sentence ("our" -> "your")
    contrasts: frozenset[frozenset[str]] = frozenset()
    # each phrasing of a synonym group -> the group's first phrasing ("for example" -> "e.g.")
    synonyms: dict[str, str] = field(default_factory=dict)
    # common words of each language the rules know ("en" -> the, and, of, ...)
    language_words: dict[str, frozenset[str]] = field(default_factory=dict)
    # what tells whom a change favours (see tosdiff.direction and rules/direction.toml)
    direction: DirectionWords = field(default_factory=DirectionWords)

    def rules(self) -> list[Rule]:
        """Return every rule of every kind."""
        return list(self.all_rules)

    @cached_property
    def all_rules(self) -> tuple[Rule, ...]:
        """Every rule of every kind, in order (computed once)."""
        return tuple(rule for spec in self.kinds.values() for rule in spec.rules)

    @cached_property
    def trigger_ids(self) -> dict[str, frozenset[int] | None]:
        """The scanner's ids of each rule's trigger patterns, by rule id, to pass over a
        rule none of whose patterns occurs near an edit (see scan.Hits.any_of)."""
        return {rule.id: self.scanner.ids(rule.patterns) for rule in self.all_rules}

    @cached_property
    def by_id(self) -> dict[str, Rule]:
        """Return every rule by its id."""
        return {rule.id: rule for rule in self.all_rules}

    def for_language(self, language: str | None) -> RuleSet:
        """Return the rules that read agreements in language (those of that language and
        those without one); all rules when language is None."""
        if language is None:
            return self
        views = self._views
        if language not in views:
            kinds = {
                kind: replace(
                    spec,
                    rules=tuple(r for r in spec.rules if r.language in (None, language)),
                )
                for kind, spec in self.kinds.items()
            }
            views[language] = replace(self, kinds=kinds)
        return views[language]

    @cached_property
    def _views(self) -> dict[str, RuleSet]:
        """The rules of each language asked for so far (see for_language)."""
        return {}

    def language_of(self, text: str) -> str | None:
        """Return the language (of language_words) whose common words text uses most,
        or None when no language clearly leads (too little text, or a mix)."""
        if not self.language_words:
            return None
        owners = self._language_of_word
        counts = dict.fromkeys(self.language_words, 0)
        for word in lower_words(text[:LANGUAGE_SAMPLE_CHARS]):
            for language in owners.get(word, ()):
                counts[language] += 1
        scores = sorted(((count, lang) for lang, count in counts.items()), reverse=True)
        best, language = scores[0]
        runner_up = scores[1][0] if len(scores) > 1 else 0
        enough = LANGUAGE_MIN_WORDS if runner_up else LANGUAGE_MIN_ALONE
        if best < enough or best < LANGUAGE_LEAD * runner_up:
            return None
        return language

    @cached_property
    def synonym_phrasings(self) -> tuple[tuple[str, str], ...]:
        """Each phrasing of a synonym group and the group's plainest phrasing (no
        apostrophe, fewest words: "in order to" -> "to", "can't" -> "cannot"), as
        lower-case words between spaces, longest first: to rewrite a text in one
        phrasing of each group (see editorial). Kept across runs (~4 ms to derive)."""
        synonyms = tuple(self.synonyms.items())
        return regexcache.remember("synonyms", synonyms, lambda: _phrasings(synonyms))

    @cached_property
    def synonym_keys(self) -> tuple[tuple[str, str, str], ...]:
        """synonym_phrasings, each with its longest word before it (the rarest, as a
        rule): a phrasing is looked for only in a text that holds that word."""
        return tuple((max(p.split(), key=len), p, first) for p, first in self.synonym_phrasings)

    @cached_property
    def synonym_words(self) -> frozenset[str]:
        """The lower-case words of every phrasing of a synonym group."""
        return frozenset(word for pair in self.synonym_phrasings for word in " ".join(pair).split())

    @cached_property
    def _language_of_word(self) -> dict[str, tuple[str, ...]]:
        """Each common word of language_words with the languages it belongs to."""
        owners: dict[str, tuple[str, ...]] = {}
        for language, words in self.language_words.items():
            for word in words:
                owners[word] = owners.get(word, ()) + (language,)
        return owners

    @cached_property
    def direction_scanner(self) -> Scanner:
        """Return a scanner indexing the words that tell whom a change favours."""
        words = self.direction
        return Scanner(words.favours_user + words.favours_user_in_place + words.hurts_user)

    @cached_property
    def direction_signs(self) -> dict[int | None, tuple[tuple[int, re.Pattern[str]], ...]]:
        """The words that tell whom a change favours, +1 for the user or -1 against,
        by their id in direction_scanner (None: words it cannot index)."""
        signs: dict[int | None, tuple[tuple[int, re.Pattern[str]], ...]] = {}
        words = self.direction
        for sign, patterns in (
            (1, words.favours_user + words.favours_user_in_place),
            (-1, words.hurts_user),
        ):
            for pattern in patterns:
                key = self.direction_scanner.id_of(pattern)
                signs[key] = signs.get(key, ()) + ((sign, pattern),)
        return signs

    @cached_property
    def scanner(self) -> Scanner:
        """Return a scanner indexing the trigger patterns of these rules (built on first
        use); the others (requires, excludes, vocabulary) are only ever searched for."""
        return Scanner(pattern for rule in self.all_rules for pattern in rule.patterns)


def _phrasings(synonyms: Sequence[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """Compute RuleSet.synonym_phrasings from the synonym table's (phrasing, group) pairs."""
    groups: dict[str, list[str]] = {}
    for phrasing, first in synonyms:
        groups.setdefault(first, []).append(phrasing)

    def words(phrasing: str) -> str:
        return f" {' '.join(lower_words(phrasing))} "

    def plainness(phrasing: str) -> tuple[bool, int, int]:
        return ("'" in phrasing, len(phrasing.split()), len(phrasing))

    pairs = set()
    for members in groups.values():
        plainest = words(min(members, key=plainness))
        pairs |= {(words(p), plainest) for p in members if words(p) != plainest}
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p)))


_CONTROL = regexcache.compile(r"[\x00-\x08\x0b-\x1f]")


def _compile(patterns: Any, where: str) -> tuple[re.Pattern[str], ...]:
    """Compile a list of regular expressions, naming the rule of a bad one."""
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
        raise RulesError(f"{where}: expected a list of regular expressions")
    compiled = []
    for pattern in patterns:
        if _CONTROL.search(pattern):
            # "\b" in a double-quoted TOML string is a backspace, not a word boundary
            raise RulesError(
                f"{where}: pattern {pattern!r} holds a control character; write patterns "
                "in single quotes ('\\b...'), where a backslash is a backslash"
            )
        try:
            compiled.append(regexcache.compile(pattern, re.IGNORECASE))
        except re.error as error:
            raise RulesError(f"{where}: bad pattern {pattern!r}: {error}") from None
    return tuple(compiled)


def _language(value: Any, where: str) -> str | None:
    """Validate a rule's language: a short language code such as "en", or absent."""
    if value is None:
        return None
    if not isinstance(value, str) or not re.fullmatch(r"[a-z]{2,3}", value):
        raise RulesError(f'{where}: language must be a language code such as "en"')
    return value


def _load_kind(data: dict[str, Any], where: str) -> KindSpec:
    """Validate one kind's rules file and return its spec."""
    kind = data.get("kind")
    if kind not in KINDS:
        raise RulesError(f"{where}: kind must be one of {', '.join(KINDS)}, not {kind!r}")
    raw_rules = data.get("rule", [])
    if not isinstance(raw_rules, list) or not all(isinstance(r, dict) for r in raw_rules):
        raise RulesError(f"{where}: rules must be [[rule]] tables")
    rules = [
        _load_rule(raw, kind, position, where) for position, raw in enumerate(raw_rules, start=1)
    ]
    if not rules and kind not in ("editorial", "other"):
        raise RulesError(f"{where}: kind {kind} has no rules")
    label = _typed(data, "label", str, kind, where)
    topic = _typed(data, "topic", str, label.lower(), where)
    material = _typed(data, "material", bool, True, where)
    read_as = {}
    for key in ("topic_deleted", "topic_reworded"):
        read_as[key] = _typed(data, key, str, None, where)
        if read_as[key] is not None and read_as[key] not in KINDS:
            raise RulesError(f"{where}: {key} must be one of {', '.join(KINDS)}")
    return KindSpec(kind, label, material, tuple(rules), topic, **read_as)


def _load_rule(raw: dict[str, Any], kind: str, position: int, where: str) -> Rule:
    """Validate one [[rule]] table of a kind's rules file and return the rule."""
    rule_id = _typed(raw, "id", str, f"{kind}.{position}", f"{where}: rule {position}")
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
    directions = [raw.get(key, "neutral") for key in ("direction_inserted", "direction_deleted")]
    if any(d not in _DIRECTIONS for d in directions):
        raise RulesError(f"{here}: direction must be one of {', '.join(_DIRECTIONS)}")
    return Rule(
        id=rule_id,
        kind=kind,
        side=side,
        patterns=patterns,
        requires=_compile(raw.get("requires", []), here),
        excludes=_compile(raw.get("excludes", []), here),
        added_words=_compile(raw.get("added_words", []), here),
        detector=detector,
        material=_typed(raw, "material", bool, None, here),
        secondary=_typed(raw, "secondary", bool, False, here),
        direction_inserted=directions[0],
        direction_deleted=directions[1],
        explain=_typed(raw, "explain", str, "", here),
        language=_language(raw.get("language"), here),
        in_required_sentence=_typed(raw, "in_required_sentence", bool, False, here),
        not_governed_by_periods=frozenset(
            word.lower() for word in _strings(raw, "not_governed_by_periods", here, "")
        ),
        yields_to=frozenset(_strings(raw, "yields_to", here, "")),
        yields_unless=_compile(raw.get("yields_unless", []), here),
        kept_words=_compile(raw.get("kept_words", []), here),
    )


_DIRECTIONS = ("adverse", "favourable", "neutral")
_TYPE_NAMES = {str: "a string", bool: "true or false"}


def _typed(raw: dict[str, Any], key: str, kind: type, default: Any, here: str) -> Any:
    """Return raw[key] when it is of the given type, default when absent."""
    value = raw.get(key, default)
    if value is not default and not isinstance(value, kind):
        raise RulesError(f"{here}: {key} must be {_TYPE_NAMES[kind]}")
    return value


def _rule_sources(paths: Sequence[str | Path], include_defaults: bool) -> list[tuple[str, str]]:
    """Return (where, text) of each rules file: the shipped ones first, then paths."""
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
    return sources


# the vocabulary's lists of patterns, each compiled into the RuleSet field of its name
# (update_banner into banner)
_PATTERN_LISTS = (
    "update_banner",
    "informational",
    "contact_details",
    "legal_forms",
    "plan_names",
    "transfer_frameworks",
    "feature_description",
    "rule_items",
    "boilerplate",
    "language_clause",
    "definitions",
    "authorities",
    "site_chrome",
    "contracting_party",
    "example_openers",
    "sensitive_examples",
    "illustrations",
    "summaries",
    "change_log_entries",
    "change_log_sections",
    "feedback_prompts",
    "cookie_banners",
    "navigation_labels",
)


def load_rules(*paths: str | Path, include_defaults: bool = True) -> RuleSet:
    """Return the rules shipped with tosdiff plus those in the given TOML files."""
    sources = _rule_sources(paths, include_defaults)
    kinds: dict[str, KindSpec] = {}
    date_words: list[str] = []
    patterns: dict[str, list[str]] = {key: [] for key in _PATTERN_LISTS}
    period_names: list[tuple[str, re.Pattern[str]]] = []
    function_words: set[str] = set()
    exception_words: set[str] = set()
    duty_modals: set[str] = set()
    advice_modals: set[str] = set()
    ordinal_words: set[str] = set()
    quantity_words: dict[str, str] = {}
    force_words: dict[str, str] = {}
    confusables: set[frozenset[str]] = set()
    contrasts: set[frozenset[str]] = set()
    synonyms: dict[str, str] = {}
    language_words: dict[str, frozenset[str]] = {}
    direction = DirectionWords()
    parsed = []
    for where, text in sources:
        try:
            parsed.append((where, _parsed_toml(text)))
        except tomllib.TOMLDecodeError as error:
            raise RulesError(f"{where}: not valid TOML: {error}") from None
    named = _named_patterns(parsed)
    for where, data in parsed:
        if "direction" in data:
            direction = _load_direction(data["direction"], where, direction)
            continue
        if "vocabulary" in data:
            vocabulary = data["vocabulary"]
            date_words += _strings(vocabulary, "date_words", where)
            for key, found in patterns.items():
                found += _strings(vocabulary, key, where)
            function_words.update(w.lower() for w in _strings(vocabulary, "function_words", where))
            for key, words in (
                ("exception_words", exception_words),
                ("duty_modals", duty_modals),
                ("advice_modals", advice_modals),
                ("ordinal_words", ordinal_words),
            ):
                words.update(w.lower() for w in _strings(vocabulary, key, where))
            # each word of a group -> the group's first word
            for key, firsts in (
                ("synonyms", synonyms),
                ("quantity_words", quantity_words),
                ("force_words", force_words),
            ):
                for group in _word_groups(data["vocabulary"], key, where):
                    firsts.update((w, group[0]) for w in group)
            for key, groups in (("confusables", confusables), ("contrasts", contrasts)):
                groups.update(frozenset(g) for g in _word_groups(data["vocabulary"], key, where))
            for language, words in data["vocabulary"].get("language_words", {}).items():
                if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                    raise RulesError(f"{where}: language_words.{language} must be a list of words")
                language_words[language] = language_words.get(language, frozenset()) | {
                    w.lower() for w in words
                }
            for entry in data["vocabulary"].get("period_name", []):
                if not isinstance(entry, dict) or not {"name", "pattern"} <= set(entry):
                    raise RulesError(f"{where}: period_name entries need a name and a pattern")
                (pattern,) = _compile([entry["pattern"]], f"{where}: period_name {entry['name']}")
                period_names.append((str(entry["name"]), pattern))
            continue
        spec = _load_kind(_with_named_patterns(data, named, where), where)
        if spec.kind in kinds:  # a user's file adds rules to a shipped kind
            old = kinds[spec.kind]
            spec = replace(old, rules=old.rules + spec.rules)
        kinds[spec.kind] = spec
    dates = regexcache.compile(r"^(?:" + "|".join(date_words) + r")$", re.I) if date_words else None

    def compiled(key: str) -> tuple[re.Pattern[str], ...]:
        return _compile(patterns[key], f"vocabulary.{key}")

    return RuleSet(
        kinds=kinds,
        date_words=dates or re.compile(r"$^"),
        banner=compiled("update_banner"),
        informational=compiled("informational"),
        contact_details=compiled("contact_details"),
        legal_forms=compiled("legal_forms"),
        plan_names=compiled("plan_names"),
        transfer_frameworks=compiled("transfer_frameworks"),
        feature_description=compiled("feature_description"),
        rule_items=compiled("rule_items"),
        boilerplate=compiled("boilerplate"),
        language_clause=compiled("language_clause"),
        definitions=compiled("definitions"),
        authorities=compiled("authorities"),
        site_chrome=compiled("site_chrome"),
        contracting_party=compiled("contracting_party"),
        example_openers=compiled("example_openers"),
        illustrations=compiled("illustrations"),
        summaries=compiled("summaries"),
        change_log_entries=compiled("change_log_entries"),
        change_log_sections=compiled("change_log_sections"),
        feedback_prompts=compiled("feedback_prompts"),
        cookie_banners=compiled("cookie_banners"),
        navigation_labels=compiled("navigation_labels"),
        sensitive_examples=compiled("sensitive_examples"),
        period_names=tuple(period_names),
        function_words=frozenset(function_words),
        exception_words=frozenset(exception_words),
        duty_modals=frozenset(duty_modals),
        advice_modals=frozenset(advice_modals),
        ordinal_words=frozenset(ordinal_words),
        quantity_words=quantity_words,
        force_words=force_words,
        confusables=frozenset(confusables),
        contrasts=frozenset(contrasts),
        synonyms=synonyms,
        language_words=language_words,
        direction=direction,
    )


def _named_patterns(parsed: Sequence[tuple[str, dict[str, Any]]]) -> dict[str, list[str]]:
    """Return the patterns the rules files name in [vocabulary.named_patterns], by name:
    one pattern or a list of them, for rules to refer to as "@name" (a later file may
    redefine a name)."""
    named: dict[str, list[str]] = {}
    for where, data in parsed:
        table = data.get("vocabulary", {}).get("named_patterns", {})
        if not isinstance(table, dict):
            raise RulesError(f"{where}: [vocabulary.named_patterns] must be a table")
        for name, value in table.items():
            patterns = [value] if isinstance(value, str) else value
            if (
                not _PATTERN_NAME.fullmatch(name)
                or not isinstance(patterns, list)
                or not patterns
                or not all(isinstance(p, str) for p in patterns)
            ):
                raise RulesError(
                    f"{where}: named pattern {name!r} must be a lower-case name "
                    "(letters, digits, hyphens) given a regular expression or a list of them"
                )
            if any(_reference(p) for p in patterns):
                raise RulesError(f"{where}: named pattern {name!r} cannot refer to another name")
            named[name] = patterns
    return named


_PATTERN_NAME = re.compile(r"[a-z][a-z0-9-]*")
# the lists of patterns of a [[rule]], where "@name" stands for a named pattern
_RULE_PATTERN_KEYS = (
    "patterns",
    "requires",
    "excludes",
    "added_words",
    "yields_unless",
    "kept_words",
)


def _with_named_patterns(
    data: dict[str, Any], named: dict[str, list[str]], where: str
) -> dict[str, Any]:
    """Return a kind's rules file with each "@name" in its rules' lists of patterns put
    for the pattern or patterns of that name (the parsed data, cached, are left as they
    are)."""
    rules = data.get("rule")
    if not isinstance(rules, list):
        return data

    def resolved(raw: Any) -> Any:
        if not isinstance(raw, dict):
            return raw
        rule = dict(raw)
        here = f"{where}: rule {raw.get('id', '?')}"
        for key in _RULE_PATTERN_KEYS:
            if isinstance(rule.get(key), list):
                rule[key] = [pattern for item in rule[key] for pattern in _named(item, named, here)]
        return rule

    return {**data, "rule": [resolved(raw) for raw in rules]}


def _named(item: Any, named: dict[str, list[str]], here: str) -> list[Any]:
    """Return the patterns an "@name" item stands for; any other item (a pattern that
    only starts with "@", such as "@[\\w-]+\\.com") alone."""
    name = _reference(item)
    if name is None:
        return [item]
    if name not in named:
        raise RulesError(
            f"{here}: unknown named pattern {item!r} (name patterns in [vocabulary.named_patterns])"
        )
    return named[name]


def _reference(item: Any) -> str | None:
    """Return the name an item "@name" refers to, or None for any other item."""
    if isinstance(item, str) and item[:1] == "@" and _PATTERN_NAME.fullmatch(item[1:]):
        return item[1:]
    return None


def _load_direction(data: Any, where: str, known: DirectionWords) -> DirectionWords:
    """Return the direction vocabulary known with that of one file's [direction] table
    added after it."""
    lists = {"favours_user", "favours_user_in_place", "hurts_user"}
    if not isinstance(data, dict) or not set(data) <= {*lists, *_MORE}:
        raise RulesError(
            f"{where}: [direction] takes favours_user, favours_user_in_place, hurts_user,"
            " period, amount, age"
        )

    def polarities(key: str) -> tuple[Polarity, ...]:
        word, better, worse = _MORE[key]
        entries = data.get(key, [])
        found = []
        for entry in entries if isinstance(entries, list) else [None]:
            if not isinstance(entry, dict) or entry.get(word) not in (better, worse):
                raise RulesError(
                    f"{where}: each [[direction.{key}]] needs a name, {word} = "
                    f'"{better}" or "{worse}", and patterns'
                )
            name = str(entry.get("name", key))
            patterns = _compile(entry.get("patterns"), f"{where}: direction.{key} {name}")
            removed = {"worse": -1, "better": 1}.get(str(entry.get("deadline_removed")), 0)
            before = (
                _compile(entry["before"], f"{where}: direction.{key} {name} before")
                if key == "amount" and "before" in entry
                else ()
            )
            more = 1 if entry[word] == better else -1
            found.append(Polarity(name, more, patterns, removed, before))
        return tuple(found)

    return DirectionWords(
        known.favours_user + _compile(data.get("favours_user", []), f"{where}: favours_user"),
        known.hurts_user + _compile(data.get("hurts_user", []), f"{where}: hurts_user"),
        known.favours_user_in_place
        + _compile(data.get("favours_user_in_place", []), f"{where}: favours_user_in_place"),
        known.periods + polarities("period"),
        known.amounts + polarities("amount"),
        known.ages + polarities("age"),
    )


# [[direction.period]], [[direction.amount]] and [[direction.age]]: the key telling
# whether more is better
_MORE = {
    "period": ("longer", "better", "worse"),
    "amount": ("higher", "better", "worse"),
    "age": ("higher", "better", "worse"),
}


_DEFAULT: RuleSet | None = None


def _strings(
    table: dict[str, Any], key: str, where: str, section: str = "vocabulary."
) -> list[str]:
    """Return the list of words or patterns under key (empty when absent)."""
    found = table.get(key, [])
    if not isinstance(found, list) or not all(isinstance(item, str) for item in found):
        raise RulesError(f"{where}: {section}{key} must be a list of strings")
    return found


def _word_groups(vocabulary: dict[str, Any], key: str, where: str) -> list[list[str]]:
    """Return the groups of words or phrasings under key, in lower case."""
    groups = vocabulary.get(key, [])
    if not isinstance(groups, list) or not all(
        isinstance(group, list) and group and all(isinstance(w, str) for w in group)
        for group in groups
    ):
        raise RulesError(f"{where}: {key} must be lists of words or phrasings")
    return [[w.lower() for w in group] for group in groups]


def _parsed_toml(text: str) -> dict[str, Any]:
    """Return the data of a rules file's text. Parsing TOML is slow next to the rest of
    loading, so the data are kept with the compiled patterns (see regexcache), by the
    digest of the text."""
    digest = hashlib.blake2b(text.encode(), digest_size=16).hexdigest()
    return regexcache.remember("toml", digest, lambda: tomllib.loads(text))


def default_rules() -> RuleSet:
    """Return the rules shipped with tosdiff (loaded once)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load_rules()
    return _DEFAULT
