"""Read an agreement's notice-of-change terms: channels, advance periods, effect, acceptance.

Only notice-of-change clauses count: a clause (or a clause it hangs under) that speaks of
changing the terms, rules or service and of notifying, informing or posting; or a clause
that governs every notice ("All notifications ... hereunder"). Channels and advance
periods are read from those clauses with the vocabulary in ``data/channels.toml``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

from . import regexcache
from .durations import Duration, find_durations
from .errors import ConfigError
from .model import Clause, Document

CHANNELS = ("email", "announcement", "sms", "in-app", "mail", "phone")
_SENTENCE = regexcache.compile(r"(?<=[.;!?])\s+(?=[A-Z(\"“])")
_LEADING = regexcache.compile(r"(at least|no less than|not less than|a minimum of)\s+$", re.I)
_TRAILING = regexcache.compile(
    r"^(['’]s?)?\s*(in advance|advance notice|prior notice|notice|prior|beforehand|before"
    r"|after)\b",
    re.I,
)
_NOTICE_UNITS = ("day", "week", "month", "year")


@dataclass(frozen=True)
class ChannelRule:
    """One channel of the vocabulary: its id, label and the phrases that name it."""

    id: str
    label: str
    durable: bool
    patterns: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class Vocabulary:
    """The notice-of-change vocabulary loaded from data/channels.toml."""

    channels: tuple[ChannelRule, ...]
    topics: dict[str, re.Pattern[str]]
    terms: dict[str, re.Pattern[str]]

    def channel(self, channel_id: str) -> ChannelRule:
        """Return the rule of one channel id."""
        return next(rule for rule in self.channels if rule.id == channel_id)


@dataclass(frozen=True)
class ChannelTerm:
    """A channel an agreement promises, the words it uses and the clauses saying so."""

    channel: str
    text: str
    clauses: tuple[str, ...]
    texts: tuple[str, ...] = ()
    mentions: tuple[tuple[str, str], ...] = ()  # (clause, words) for each naming

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return {
            "channel": self.channel,
            "text": self.text,
            "clauses": list(self.clauses),
            "texts": list(self.texts or (self.text,)),
        }


@dataclass(frozen=True)
class AdvanceNotice:
    """An advance-notice period promised for a change, with the clause it comes from."""

    value: float
    unit: str
    text: str
    clause: str | None
    duration: Duration = field(compare=False, repr=False)

    @property
    def day_type(self) -> str | None:
        """Return "working" for working/business days, else None."""
        return self.duration.day_type

    def describe(self) -> str:
        """Return a short human form such as "one month" or "15 days"."""
        return self.duration.describe()

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        data: dict[str, Any] = {
            "value": value,
            "unit": self.unit,
            "text": self.text,
            "clause": self.clause,
        }
        if self.day_type:
            data["day_type"] = self.day_type
        return data


@dataclass(frozen=True)
class TermText:
    """A sentence of a notice-of-change term and the clause it comes from."""

    text: str
    clause: str | None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return {"text": self.text, "clause": self.clause}


@dataclass(frozen=True)
class NoticeTerms:
    """What an agreement promises about telling users of changes."""

    channels: tuple[ChannelTerm, ...] = ()
    advance_notice: tuple[AdvanceNotice, ...] = ()
    takes_effect: tuple[TermText, ...] = ()
    delivered: tuple[TermText, ...] = ()
    continued_use: tuple[TermText, ...] = ()
    objection: tuple[TermText, ...] = ()
    clauses: tuple[str, ...] = ()

    @property
    def channel_ids(self) -> tuple[str, ...]:
        """Return the promised channel ids in the standard order."""
        return tuple(term.channel for term in self.channels)

    def longest_advance(self) -> AdvanceNotice | None:
        """Return the longest advance-notice period, or None when none is stated."""
        if not self.advance_notice:
            return None
        return max(self.advance_notice, key=lambda period: period.duration.approx_days())

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form (the contract of ``tosdiff terms --format json``)."""
        return {
            "channels": [term.to_dict() for term in self.channels],
            "advance_notice": [period.to_dict() for period in self.advance_notice],
            "takes_effect": [item.to_dict() for item in self.takes_effect],
            "delivered": [item.to_dict() for item in self.delivered],
            "continued_use_is_acceptance": bool(self.continued_use),
            "continued_use": [item.to_dict() for item in self.continued_use],
            "objection": [item.to_dict() for item in self.objection],
            "clauses": list(self.clauses),
        }


@cache
def load_vocabulary() -> Vocabulary:
    """Return the channel and topic vocabulary shipped in data/channels.toml."""
    raw = files("tosdiff").joinpath("data", "channels.toml").read_text(encoding="utf-8")
    return parse_vocabulary(tomllib.loads(raw), name="channels.toml")


def parse_vocabulary(data: dict[str, Any], *, name: str) -> Vocabulary:
    """Return a Vocabulary from parsed TOML, naming the offending key when invalid."""
    channels = []
    for index, table in enumerate(data.get("channel", [])):
        channel_id = table.get("id")
        if channel_id not in CHANNELS:
            raise ConfigError(f"{name}: channel[{index}].id must be one of {', '.join(CHANNELS)}")
        phrases = table.get("phrases") or []
        if not phrases:
            raise ConfigError(f"{name}: channel `{channel_id}` has no phrases")
        patterns = tuple(_compile(p, f"{name}: channel `{channel_id}`") for p in phrases)
        label = str(table.get("label", channel_id))
        channels.append(ChannelRule(channel_id, label, bool(table.get("durable")), patterns))
    topics = {k: _compile(v, f"{name}: topics.{k}") for k, v in data.get("topics", {}).items()}
    terms = {k: _compile(v, f"{name}: terms.{k}") for k, v in data.get("terms", {}).items()}
    for section, keys, table in (
        ("topics", ("change", "object", "notify", "general"), topics),
        ("terms", ("effect", "delivered", "acceptance", "objection", "advance"), terms),
    ):
        missing = [key for key in keys if key not in table]
        if missing:
            raise ConfigError(f"{name}: [{section}] lacks {', '.join(missing)}")
    return Vocabulary(tuple(channels), topics, terms)


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    """Compile a vocabulary pattern on word boundaries, case-insensitively."""
    try:
        return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE)
    except re.error as error:
        raise ConfigError(f"{where}: bad regular expression {pattern!r}: {error}") from None


def sentences(text: str) -> list[str]:
    """Return the sentences of a clause."""
    return [part.strip() for part in _SENTENCE.split(text) if part.strip()]


def is_change_text(text: str, vocab: Vocabulary) -> bool:
    """Return whether some sentence of text speaks of changing the terms or service."""
    return any(
        vocab.topics["change"].search(sentence) and vocab.topics["object"].search(sentence)
        for sentence in sentences(text)
    )


def _ancestors(doc: Document, clause: Clause) -> list[Clause]:
    """Return the clauses a clause hangs under, nearest first."""
    chain: list[Clause] = []
    parent = clause.parent
    while parent is not None and len(chain) < 6:
        chain.append(doc.clauses[parent])
        parent = doc.clauses[parent].parent
    return chain


def classify_clause(doc: Document, clause: Clause, vocab: Vocabulary) -> str | None:
    """Return "notice" (a notice-of-change term), "change" (about changes only) or None."""
    if clause.is_heading:
        return None
    text = clause.text
    notify = bool(vocab.topics["notify"].search(text))
    if vocab.topics["general"].search(text):
        return "notice"
    about_change = is_change_text(text, vocab) or any(
        is_change_text(parent.heading or parent.text, vocab) or is_change_text(parent.text, vocab)
        for parent in _ancestors(doc, clause)
    )
    if not about_change and clause.heading and not clause.is_heading:
        about_change = is_change_text(clause.heading, vocab)
    if not about_change:
        return None
    return "notice" if notify else "change"


def find_channels(text: str, vocab: Vocabulary) -> list[tuple[str, str, int]]:
    """Return (channel, words, position) for each channel named in text, longest match first."""
    matches = [
        (m.start(), m.end(), rule.id, m.group(0))
        for rule in vocab.channels
        for pattern in rule.patterns
        for m in pattern.finditer(text)
    ]
    matches.sort(key=lambda item: (-(item[1] - item[0]), item[0]))
    taken: list[tuple[int, int]] = []
    found: list[tuple[str, str, int]] = []
    for start, end, channel, words in matches:
        if any(start < b and a < end for a, b in taken):
            continue
        taken.append((start, end))
        found.append((channel, " ".join(words.split()), start))
    return sorted(found, key=lambda item: item[2])


def find_advance_periods(text: str, vocab: Vocabulary) -> list[tuple[Duration, str]]:
    """Return (duration, words) for each advance-notice period stated in text."""
    found = []
    for sentence in sentences(text):
        if not vocab.topics["notify"].search(sentence):
            continue
        for duration in find_durations(sentence):
            if duration.unit not in _NOTICE_UNITS or duration.bound in ("every", "for"):
                continue
            after = sentence[duration.end : duration.end + 40]
            before = sentence[max(0, duration.start - 20) : duration.start]
            if not (vocab.terms["advance"].search(after[:30]) or _LEADING.search(before)):
                continue
            words = duration.text
            lead, trail = _LEADING.search(before), _TRAILING.match(after.lstrip(" "))
            if lead:
                words = f"{lead.group(1)} {words}"
            if trail and trail.group(2):
                words = f"{words}{trail.group(1) or ''} {trail.group(2)}"
            found.append((duration, " ".join(words.split())))
    return found


def extract_terms(doc: Document, *, vocab: Vocabulary | None = None) -> NoticeTerms:
    """Return the notice-of-change terms of an agreement, each with its clause."""
    vocab = vocab or load_vocabulary()
    channel_words: dict[str, list[str]] = {}
    word_counts: dict[str, int] = {}
    channel_clauses: dict[str, list[str]] = {}
    mentions: dict[str, list[tuple[str, str]]] = {}
    periods: list[AdvanceNotice] = []
    lists: dict[str, list[TermText]] = {key: [] for key in ("effect", "delivered", "acceptance")}
    lists["objection"] = []
    used: list[str] = []
    for clause in doc.clauses:
        kind = classify_clause(doc, clause, vocab)
        if kind is None:
            continue
        number = clause.number or ""
        contributed = False
        if kind == "notice":
            for channel, words, _ in find_channels(clause.text, vocab):
                contributed = True
                channel_words.setdefault(channel, [])
                word_counts[words.lower()] = word_counts.get(words.lower(), 0) + 1
                mentions.setdefault(channel, []).append((number, words))
                if words.lower() not in (w.lower() for w in channel_words[channel]):
                    channel_words[channel].append(words)
                clauses = channel_clauses.setdefault(channel, [])
                if number and number not in clauses:
                    clauses.append(number)
            for duration, words in find_advance_periods(clause.text, vocab):
                contributed = True
                periods.append(
                    AdvanceNotice(duration.value, duration.unit, words, clause.number, duration)
                )
        for sentence in sentences(clause.text):
            for key, items in lists.items():
                if vocab.terms[key].search(sentence):
                    items.append(TermText(sentence, clause.number))
                    contributed = True
        if contributed and number and number not in used:
            used.append(number)
    channels = tuple(
        ChannelTerm(
            channel,
            max(channel_words[channel], key=lambda w: word_counts[w.lower()]),
            tuple(sorted(channel_clauses[channel])),
            tuple(channel_words[channel]),
            tuple(mentions[channel]),
        )
        for channel in CHANNELS
        if channel in channel_words
    )
    return NoticeTerms(
        channels=channels,
        advance_notice=tuple(periods),
        takes_effect=tuple(lists["effect"]),
        delivered=tuple(lists["delivered"]),
        continued_use=tuple(lists["acceptance"]),
        objection=tuple(lists["objection"]),
        clauses=tuple(used),
    )


def compare_terms(old: NoticeTerms, new: NoticeTerms) -> list[str]:
    """Return plain sentences for each way NEW changes the notice-of-change terms."""
    notes: list[str] = []
    old_words = {(t.channel, c): w for t in old.channels for c, w in reversed(t.mentions)}
    new_words = {(t.channel, c): w for t in new.channels for c, w in reversed(t.mentions)}
    for channel, clause in sorted(set(new_words) - set(old_words), key=lambda p: (p[1], p[0])):
        words = new_words[(channel, clause)]
        notes.append(f"{clause}: adds notice by {words} ({channel})")
    for channel, clause in sorted(set(old_words) - set(new_words), key=lambda p: (p[1], p[0])):
        words = old_words[(channel, clause)]
        notes.append(f"{clause}: no longer promises notice by {words} ({channel})")
    old_by_clause = _periods_by_clause(old)
    new_by_clause = _periods_by_clause(new)
    for clause in sorted(set(old_by_clause) | set(new_by_clause)):
        before, after = old_by_clause.get(clause, []), new_by_clause.get(clause, [])
        if [p.duration.approx_days() for p in before] == [p.duration.approx_days() for p in after]:
            continue
        was = ", ".join(p.text for p in before) or "none"
        now = ", ".join(p.text for p in after) or "none"
        notes.append(f"{clause}: advance notice changes from {was} to {now}")
    return notes


def _periods_by_clause(terms: NoticeTerms) -> dict[str, list[AdvanceNotice]]:
    """Return the advance-notice periods grouped by clause number."""
    grouped: dict[str, list[AdvanceNotice]] = {}
    for period in terms.advance_notice:
        grouped.setdefault(period.clause or "", []).append(period)
    return grouped


def format_terms_text(terms: NoticeTerms) -> str:
    """Return the terms as readable plain text."""
    lines = ["Notice channels:"]
    vocab = load_vocabulary()
    for term in terms.channels:
        words = ", ".join(f'"{w}"' for w in term.texts or (term.text,))
        label = vocab.channel(term.channel).label
        lines.append(f"  {term.channel:<13} {label}: {words} [{', '.join(term.clauses)}]")
    if not terms.channels:
        lines.append("  (none stated)")
    lines.append("Advance notice:")
    for period in terms.advance_notice:
        lines.append(f'  {period.describe():<13} "{period.text}" [{period.clause}]')
    if not terms.advance_notice:
        lines.append("  (none stated)")
    for title, items in (
        ("Changes take effect:", terms.takes_effect),
        ("Notice delivered:", terms.delivered),
        ("Continued use means acceptance:", terms.continued_use),
        ("How to object:", terms.objection),
    ):
        lines.append(title)
        lines.extend(f"  [{item.clause}] {item.text}" for item in items)
        if not items:
            lines.append("  (not stated)")
    return "\n".join(lines) + "\n"
