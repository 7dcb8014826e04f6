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


def test_a_kinds_file_may_only_name_known_kinds_for_its_topic(tmp_path: Path) -> None:
    rules = tmp_path / "mine.toml"
    rules.write_text(
        'kind = "fees"\ntopic_deleted = "cheaper"\n'
        '[[rule]]\nid = "x"\nside = "changed"\npatterns = ["fee"]\n'
    )
    with pytest.raises(RulesError, match="topic_deleted must be one of"):
        load_rules(rules)


def test_words_not_governed_by_periods_must_be_a_list_of_strings(tmp_path: Path) -> None:
    rules = tmp_path / "mine.toml"
    rules.write_text(
        'kind = "fees"\n[[rule]]\nid = "x"\nside = "changed"\npatterns = ["fee"]\n'
        'not_governed_by_periods = "pay"\n'
    )
    with pytest.raises(RulesError, match="rule x: not_governed_by_periods must be a list"):
        load_rules(rules)
    rules.write_text(rules.read_text().replace('"pay"', '["Pay"]'))
    (rule,) = load_rules(rules).kinds["fees"].rules[-1:]
    assert rule.not_governed_by_periods == frozenset({"pay"})


def test_in_required_sentence_must_be_true_or_false(tmp_path: Path) -> None:
    rules = tmp_path / "mine.toml"
    rules.write_text(
        'kind = "obligation-relaxed"\n[[rule]]\nid = "x"\ndetector = "net-addition"\n'
        'in_required_sentence = "yes"\n'
    )
    with pytest.raises(RulesError, match="rule x: in_required_sentence must be true or false"):
        load_rules(rules)
