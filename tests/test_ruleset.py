"""The shipped rule and vocabulary files, as loaded by tosdiff.ruleset."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest

import tosdiff
from tosdiff.errors import RulesError
from tosdiff.ruleset import default_rules, load_rules

RULES = default_rules()


def _patterns() -> list[re.Pattern[str]]:
    """Return every pattern the shipped files compile: the kinds' rules and the vocabulary."""
    found: list[re.Pattern[str]] = []
    for rule in RULES.all_rules:
        found += [*rule.patterns, *rule.requires, *rule.excludes]
    for value in vars(RULES).values():
        if isinstance(value, tuple) and all(isinstance(p, re.Pattern) for p in value):
            found += value
    return found


def test_no_shipped_pattern_holds_a_control_character() -> None:
    # in a TOML basic string ("...") "\b" is a backspace, not a word boundary: a pattern
    # written so never matches what it was written for
    patterns = _patterns()
    assert len(patterns) > 200
    bad = [p.pattern[:60] for p in patterns if re.search(r"[\x00-\x08\x0b-\x1f]", p.pattern)]
    assert bad == []


def test_the_vocabulary_names_plans_and_features() -> None:
    assert any(p.search("Orbit Premium") for p in RULES.plan_names)
    assert not any(p.search("premium content") for p in RULES.plan_names)
    assert any(p.search("Watch Party lets you watch together") for p in RULES.feature_description)
    assert not any(p.search("You must not share your account") for p in RULES.feature_description)
    assert any(p.match("(c) scrape the Service") for p in RULES.rule_items)
    assert any(p.match("4.2 Gambling.") for p in RULES.rule_items)
    assert not any(p.match("Provide and improve our Services") for p in RULES.rule_items)
    # a section of a privacy policy named by its purpose is no rule of conduct
    assert not any(p.match("Advertising. To display ads to you.") for p in RULES.rule_items)


def test_no_phrasing_belongs_to_two_synonym_groups() -> None:
    # each phrasing is read as its group's first one: a phrasing in two groups silently
    # joins them ("permitted" in the "allowed" group and in another)
    path = Path(tosdiff.__file__).parent / "rules" / "vocabulary.toml"
    groups = tomllib.loads(path.read_text(encoding="utf-8"))["vocabulary"]["synonyms"]
    counts = Counter(phrasing.lower() for group in groups for phrasing in group)
    assert [phrasing for phrasing, n in counts.items() if n > 1] == []


_A_FEES_RULE = '[[rule]]\nid = "x"\nside = "changed"\npatterns = ["fee"]\n'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # a kinds file may only name known kinds for its topic
        (
            'kind = "fees"\ntopic_deleted = "cheaper"\n' + _A_FEES_RULE,
            "topic_deleted must be one of",
        ),
        (
            'kind = "fees"\n' + _A_FEES_RULE + 'not_governed_by_periods = "pay"\n',
            "rule x: not_governed_by_periods must be a list",
        ),
        (
            'kind = "fees"\n' + _A_FEES_RULE + 'in_required_sentence = "yes"\n',
            "rule x: in_required_sentence must be true or false",
        ),
        (
            'kind = "fees"\n' + _A_FEES_RULE + 'yields_to = "privacy.personal-data"\n',
            "rule x: yields_to must be a list",
        ),
    ],
)
def test_a_bad_key_of_a_kinds_file_is_named(tmp_path: Path, text: str, message: str) -> None:
    rules = tmp_path / "mine.toml"
    rules.write_text(text)
    with pytest.raises(RulesError, match=message):
        load_rules(rules)


def test_words_not_governed_by_periods_are_read_in_lower_case(tmp_path: Path) -> None:
    rules = tmp_path / "mine.toml"
    rules.write_text('kind = "fees"\n' + _A_FEES_RULE + 'not_governed_by_periods = ["Pay"]\n')
    (rule,) = load_rules(rules).kinds["fees"].rules[-1:]
    assert rule.not_governed_by_periods == frozenset({"pay"})


def test_a_rule_that_yields_names_the_rules_it_yields_to(tmp_path: Path) -> None:
    rules = tmp_path / "mine.toml"
    rules.write_text(
        'kind = "fees"\n' + _A_FEES_RULE + 'yields_to = ["privacy.personal-data"]\n'
        "yields_unless = ['\\bprice\\b']\n"
    )
    (rule,) = load_rules(rules).kinds["fees"].rules[-1:]
    assert rule.yields_to == frozenset({"privacy.personal-data"})
    assert [p.pattern for p in rule.yields_unless] == [r"\bprice\b"]


def test_a_named_pattern_is_written_once_and_used_by_name(tmp_path: Path) -> None:
    # a user's rule refers to a shipped named pattern, and to one the user's own
    # vocabulary file names
    rules, vocabulary = tmp_path / "mine.toml", tmp_path / "words.toml"
    rules.write_text(
        'kind = "fees"\n' + _A_FEES_RULE + 'requires = ["@user-ban", "@tip"]\n'
        'excludes = ["@money", "\\\\bgratuity\\\\b"]\n'
    )
    vocabulary.write_text(
        "[vocabulary.named_patterns]\ntip = '\\btips?\\b'\nmoney = ['\\bcash\\b', '\\bcoins?\\b']\n"
    )
    (rule,) = load_rules(rules, vocabulary).kinds["fees"].rules[-1:]
    *bans, tip = rule.requires  # "@user-ban" is a list of patterns
    assert any(ban.search("Users may not resell tickets") for ban in bans)
    assert not any(ban.search("Tickets may be resold") for ban in bans)
    assert tip.pattern == r"\btips?\b"
    # a name may stand for a list of patterns, each put in its place
    assert [p.pattern for p in rule.excludes] == [r"\bcash\b", r"\bcoins?\b", r"\bgratuity\b"]
    # a pattern that only starts with "@" is a pattern
    rules.write_text('kind = "fees"\n' + _A_FEES_RULE + "excludes = ['@[\\w-]+\\.com']\n")
    (rule,) = load_rules(rules).kinds["fees"].rules[-1:]
    assert rule.excludes[0].search("write to help@example.com")


def test_an_unknown_named_pattern_is_named_with_its_rule(tmp_path: Path) -> None:
    rules = tmp_path / "mine.toml"
    rules.write_text('kind = "fees"\n' + _A_FEES_RULE + 'requires = ["@no-such-pattern"]\n')
    with pytest.raises(RulesError, match=r"mine.toml: rule x: unknown named pattern '@no-such"):
        load_rules(rules)
    # a lower-case name stands for a pattern or a non-empty list of them
    for entry in ("fee = 3", "fee = []", "fee = [1]", "Fee = 'x'"):
        words = tmp_path / "bad.toml"
        words.write_text(f"[vocabulary.named_patterns]\n{entry}\n")
        with pytest.raises(RulesError, match=r"bad.toml: named pattern '[Ff]ee' must be"):
            load_rules(words)
    # a name stands for patterns, not for other names
    words = tmp_path / "words.toml"
    words.write_text("[vocabulary.named_patterns]\nbans = ['@user-ban', 'forbidden']\n")
    with pytest.raises(RulesError, match=r"words.toml: named pattern 'bans' cannot refer to"):
        load_rules(words)


def test_each_named_pattern_is_shared_and_written_nowhere_else() -> None:
    # the patterns that several rules share are named once in vocabulary.toml, so that a
    # fix reaches every rule; each one is used, and by more than one rule
    path = Path(tosdiff.__file__).parent / "rules"
    named = tomllib.loads((path / "vocabulary.toml").read_text(encoding="utf-8"))["vocabulary"][
        "named_patterns"
    ]
    written = Counter(
        item
        for file in path.glob("*.toml")
        for rule in tomllib.loads(file.read_text(encoding="utf-8")).get("rule", [])
        for key in ("patterns", "requires", "excludes", "added_words", "kept_words")
        for item in rule.get(key, [])
    )
    assert {name: written[f"@{name}"] > 1 for name in named} == dict.fromkeys(named, True)
    patterns = [
        p for value in named.values() for p in ([value] if isinstance(value, str) else value)
    ]
    assert [p[:40] for p in patterns if written[p]] == []
