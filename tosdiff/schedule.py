"""Plan and check when a change takes effect: notice date, effective date, compliance.

The effective date is the one given, else the one NEW states when it differs from OLD's,
else the notice date plus the longest advance period the agreement in force promises
(calendar-month arithmetic: 2026-12-01 + one month = 2027-01-01). The schedule is checked
against those periods and against the legal-minimum profiles in ``data/profiles.toml``.
"""

from __future__ import annotations

import datetime
import math
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from dateutil.relativedelta import relativedelta

from .dates import StatedDate, find_stated_date
from .errors import ConfigError
from .model import Change, Report
from .policy import AdvanceNotice, NoticeTerms, load_vocabulary


@dataclass(frozen=True)
class Profile:
    """A legal minimum applied on top of the agreement's own terms."""

    id: str
    name: str
    rule: str
    min_notice_days: int
    durable_medium: bool = False
    audience: str = ""
    url: str = ""


@dataclass(frozen=True)
class Finding:
    """One way the schedule breaks a promise or a rule, citing where it comes from."""

    rule: str
    message: str
    clause: str | None = None
    required_date: datetime.date | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form, dates as YYYY-MM-DD."""
        return {
            "rule": self.rule,
            "clause": self.clause,
            "message": self.message,
            "required_date": self.required_date.isoformat() if self.required_date else None,
        }


@dataclass(frozen=True)
class Schedule:
    """When notice goes out, when the change takes effect, and whether that complies."""

    notice_date: datetime.date
    effective_date: datetime.date
    effective_source: str  # option | stated | advance-notice | notice-date
    advance: AdvanceNotice | None = None
    findings: tuple[Finding, ...] = ()
    warnings: tuple[str, ...] = ()
    old_stated: StatedDate | None = None
    new_stated: StatedDate | None = None
    profiles: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """Return whether the schedule meets every promise and rule checked."""
        return not self.findings

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form, dates as YYYY-MM-DD."""
        return {
            "notice_date": self.notice_date.isoformat(),
            "effective_date": self.effective_date.isoformat(),
            "effective_source": self.effective_source,
            "advance_notice": self.advance.to_dict() if self.advance else None,
            "stated_dates": {
                "old": self.old_stated.to_dict() if self.old_stated else None,
                "new": self.new_stated.to_dict() if self.new_stated else None,
            },
            "profiles": list(self.profiles),
            "warnings": list(self.warnings),
            "compliance": {"ok": self.ok, "findings": [f.to_dict() for f in self.findings]},
        }


@cache
def load_profiles() -> dict[str, Profile]:
    """Return the legal-minimum profiles shipped in data/profiles.toml, by id."""
    raw = files("tosdiff").joinpath("data", "profiles.toml").read_text(encoding="utf-8")
    return parse_profiles(tomllib.loads(raw), name="profiles.toml")


def parse_profiles(data: dict[str, Any], *, name: str) -> dict[str, Profile]:
    """Return profiles from parsed TOML, naming the offending key when invalid."""
    profiles: dict[str, Profile] = {}
    for profile_id, table in data.get("profile", {}).items():
        for key in ("name", "rule", "min_notice_days"):
            if key not in table:
                raise ConfigError(f"{name}: profile.{profile_id} lacks `{key}`")
        days = table["min_notice_days"]
        if not isinstance(days, int) or days < 0:
            raise ConfigError(f"{name}: profile.{profile_id}.min_notice_days must be a number")
        profiles[profile_id] = Profile(
            id=profile_id,
            name=str(table["name"]),
            rule=str(table["rule"]),
            min_notice_days=days,
            durable_medium=bool(table.get("durable_medium", False)),
            audience=str(table.get("audience", "")),
            url=str(table.get("url", "")),
        )
    return profiles


def add_period(start: datetime.date, period: AdvanceNotice) -> datetime.date:
    """Return the date a period after start ends (calendar months; working days skip weekends)."""
    value = period.value
    if period.unit == "day" and period.day_type == "working":
        return add_working_days(start, math.ceil(value))
    if period.unit in ("month", "year"):
        months = value * (12 if period.unit == "year" else 1)
        whole = int(months)
        extra_days = math.ceil((months - whole) * 30)
        return start + relativedelta(months=whole) + datetime.timedelta(days=extra_days)
    days = value * {"day": 1, "week": 7}.get(period.unit, 0)
    if period.unit in ("hour", "minute"):
        days = value / (24 if period.unit == "hour" else 1440)
    return start + datetime.timedelta(days=math.ceil(days))


def add_working_days(start: datetime.date, count: int) -> datetime.date:
    """Return the date count working days (Monday to Friday) after start."""
    day = start
    while count > 0:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def plan_schedule(
    report: Report,
    terms: NoticeTerms,
    *,
    notice_date: datetime.date,
    effective_date: datetime.date | None = None,
    profiles: tuple[str, ...] = (),
    channels: tuple[str, ...] = (),
) -> Schedule:
    """Return the schedule for announcing report's changes under the terms in force."""
    known = load_profiles()
    unknown = [p for p in profiles if p not in known]
    if unknown:
        raise ConfigError(f"unknown profile {unknown[0]!r}; known: {', '.join(sorted(known))}")
    old_stated, new_stated = find_stated_date(report.old), find_stated_date(report.new)
    advance = terms.longest_advance()
    if effective_date is not None:
        effective, source = effective_date, "option"
    elif new_stated and (old_stated is None or new_stated.date != old_stated.date):
        effective, source = new_stated.date, "stated"
    else:
        candidates = [add_period(notice_date, p) for p in terms.advance_notice]
        candidates += [
            notice_date + datetime.timedelta(days=known[p].min_notice_days) for p in profiles
        ]
        effective = max(candidates, default=notice_date)
        source = "advance-notice" if candidates else "notice-date"
    findings = check_schedule(
        notice_date, effective, terms, [known[p] for p in profiles], channels or terms.channel_ids
    )
    return Schedule(
        notice_date=notice_date,
        effective_date=effective,
        effective_source=source,
        advance=advance,
        findings=tuple(findings),
        warnings=tuple(silent_change_warnings(report, old_stated, new_stated)),
        old_stated=old_stated,
        new_stated=new_stated,
        profiles=profiles,
    )


def check_schedule(
    notice_date: datetime.date,
    effective: datetime.date,
    terms: NoticeTerms,
    profiles: list[Profile],
    channels: tuple[str, ...],
) -> list[Finding]:
    """Return a finding for each advance period or legal minimum the schedule breaks."""
    findings: list[Finding] = []
    if effective < notice_date:
        findings.append(
            Finding("schedule", f"effective date {effective} is before the notice date")
        )
    for period in terms.advance_notice:
        required = add_period(notice_date, period)
        if effective < required:
            findings.append(
                Finding(
                    rule="agreement",
                    clause=period.clause,
                    required_date=required,
                    message=(
                        f"clause {period.clause} promises notice {period.text}: "
                        f"effective date {effective} is earlier than {required}"
                    ),
                )
            )
    durable = {rule.id for rule in load_vocabulary().channels if rule.durable}
    for profile in profiles:
        required = notice_date + datetime.timedelta(days=profile.min_notice_days)
        if effective < required:
            findings.append(
                Finding(
                    rule=profile.rule,
                    required_date=required,
                    message=(
                        f"{profile.name}: at least {profile.min_notice_days} days' notice "
                        f"required, effective date {effective} is earlier than {required}"
                    ),
                )
            )
        if profile.durable_medium and not durable & set(channels):
            findings.append(
                Finding(
                    rule=profile.rule,
                    message=f"{profile.name}: notice must be given on a durable medium "
                    f"({', '.join(sorted(durable))}); channels are {', '.join(channels)}",
                )
            )
    return findings


def silent_change_warnings(
    report: Report, old: StatedDate | None, new: StatedDate | None
) -> list[str]:
    """Return warnings when the text changed but its stated date did not, or the reverse."""
    date_clauses = {d.clause for d in (old, new) if d is not None and d.clause}
    changed = [c for c in report.changes if not c.noise]
    other = [
        c
        for c in changed
        if not ({x.number for x in (c.old, c.new) if x is not None} & date_clauses)
        or not _only_date_differs(c, old, new)
    ]
    if old and new and old.date == new.date and other:
        where = f" ({new.clause})" if new.clause else ""
        return [
            f'the text changed but the stated date did not: "{new.text}"{where} is the same '
            "in both versions"
        ]
    if old and new and old.date != new.date and not other:
        return [f"only the stated date changed ({old.date} -> {new.date}); nothing else did"]
    if old and not new and changed:
        return [f'the revised text drops its stated date "{old.text}"']
    return []


def _only_date_differs(change: Change, old: StatedDate | None, new: StatedDate | None) -> bool:
    """Return whether a change's texts differ only in the stated date."""
    if change.old is None or change.new is None or old is None or new is None:
        return False
    return change.old.text.replace(old.text, "") == change.new.text.replace(new.text, "")
