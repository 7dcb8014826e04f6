"""Classify changes by kind (placeholder until the rules engine lands)."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Report


@dataclass(frozen=True)
class RuleSet:
    """Classification rules loaded from data files."""

    kinds: tuple[str, ...] = ()


def default_rules() -> RuleSet:
    """Return the rules shipped with tosdiff."""
    return RuleSet()


def classify_report(report: Report, rules: RuleSet) -> None:
    """Fill kinds, materiality, direction and evidence of every change in report."""
