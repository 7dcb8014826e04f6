"""Build the notices an agreement promises for a set of changes, and the proof of notice.

The terms in force (OLD) decide the channels and the advance period; the schedule is
planned and checked by tosdiff.schedule; each channel is rendered from templates by
tosdiff.render; ``notice.json`` records hashes, changes, schedule and every file written.
"""

from __future__ import annotations

import datetime
import email.policy
import hashlib
import json
import tomllib
from dataclasses import dataclass, field, replace
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from . import __version__
from .config import NoticeConfig, check_header_value
from .errors import ConfigError, TosdiffError
from .formatters.json import change_to_dict
from .model import Change, Report
from .policy import CHANNELS, NoticeTerms, compare_terms, extract_terms, load_vocabulary
from .render import (
    ChangeItem,
    KindGroup,
    NoticeContext,
    PeriodChange,
    TermItem,
    context_to_dict,
    inline_css,
    make_environment,
    one_line,
    render_template,
    sms_segments,
)
from .schedule import Schedule, plan_schedule
from .status import ExitCode

SCHEMA = "tosdiff.notice/1"
FALLBACK_CHANNELS = ("email", "announcement")
_OP_TEXT = {"added": "New clause", "removed": "Removed", "modified": "Changed", "moved": "Moved"}
_EXCERPT = 280


@dataclass
class NoticeBundle:
    """The rendered notices (file name -> bytes) and the record of what was announced."""

    required: bool
    files: dict[str, bytes] = field(default_factory=dict)
    record: dict[str, Any] = field(default_factory=dict)
    schedule: Schedule | None = None
    terms: NoticeTerms | None = None
    terms_changes: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    # What the notices were built from, for the preview page (index.html).
    report: Report | None = None
    config: NoticeConfig | None = None

    @property
    def exit_code(self) -> ExitCode:
        """Return 1 when the schedule is non-compliant, else 0."""
        if self.schedule is not None and not self.schedule.ok:
            return ExitCode.CHANGED
        return ExitCode.OK


@cache
def kind_labels() -> dict[str, str]:
    """Return kind id -> label from the classification rules shipped with tosdiff."""
    labels: dict[str, str] = {}
    folder = files("tosdiff").joinpath("rules")
    if not folder.is_dir():
        return labels
    for entry in folder.iterdir():
        if entry.name.endswith(".toml"):
            try:
                data = tomllib.loads(entry.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError):
                continue
            if isinstance(data.get("kind"), str) and isinstance(data.get("label"), str):
                labels[data["kind"]] = data["label"]
    return labels


def kind_label(kind: str) -> str:
    """Return the label of a kind, or its id made readable."""
    return kind_labels().get(kind) or kind.replace("-", " ").capitalize()


def date_text(day: datetime.date) -> str:
    """Return a date in words: "1 January 2027"."""
    return f"{day.day} {day:%B} {day.year}"


def change_item(change: Change) -> ChangeItem:
    """Return the notice view of one material change."""
    new_no = change.new.number if change.new and change.new.number else ""
    old_no = change.old.number if change.old and change.old.number else ""
    kinds = tuple(k for k in change.kinds if k != "editorial") or ("other",)
    periods: list[PeriodChange] = []
    for evidence in change.evidence:
        if evidence.old and evidence.new:
            old, new = str(evidence.old.get("text", "")), str(evidence.new.get("text", ""))
            item = PeriodChange(old, new, f"{old} -> {new}")
            if item not in periods:
                periods.append(item)
    side = change.new or change.old
    heading = (side.heading if side and side.heading else "") or ""
    old_text = change.old.text if change.old else ""
    new_text = change.new.text if change.new else ""
    return ChangeItem(
        id=change.id,
        clause=new_no or old_no,
        old_clause=old_no,
        ref=clause_ref(new_no or old_no),
        heading=heading,
        op=change.op,
        op_text=_OP_TEXT.get(change.op, change.op),
        kind=kinds[0],
        kinds=kinds,
        kind_labels=tuple(kind_label(k) for k in kinds),
        direction=change.direction,
        summary=change.explanation or _OP_TEXT.get(change.op, "Changed"),
        periods=tuple(periods),
        old_text=old_text,
        new_text=new_text,
        excerpt=_excerpt(new_text or old_text),
    )


def clause_ref(number: str) -> str:
    """Return how to cite a clause: "clause 3.8", but "Article 11" and "§ 5" as they are."""
    if not number:
        return "an unnumbered clause"
    return number if not number[0].isdigit() and not number.startswith("(") else f"clause {number}"


def _excerpt(text: str) -> str:
    """Return text cut at a word boundary to about _EXCERPT characters."""
    text = one_line(text)
    if len(text) <= _EXCERPT:
        return text
    return text[:_EXCERPT].rsplit(" ", 1)[0] + "…"


def lead_with_adverse(items: list[ChangeItem]) -> list[ChangeItem]:
    """Return the changes with those adverse to users first, then the neutral, then the
    favourable ones, each in document order: a notice leads with what hurts users most."""
    return sorted(items, key=lambda item: _LEAD.get(item.direction, 1))


_LEAD = {"adverse": 0, "neutral": 1, "favourable": 2}


def group_changes(items: list[ChangeItem]) -> tuple[KindGroup, ...]:
    """Return the changes grouped by primary kind, groups in order of first appearance."""
    groups: dict[str, list[ChangeItem]] = {}
    for item in items:
        groups.setdefault(item.kind, []).append(item)
    return tuple(KindGroup(k, kind_label(k), tuple(v)) for k, v in groups.items())


def headline(groups: tuple[KindGroup, ...]) -> str:
    """Return the kinds of change in a phrase: "liability, fees and 2 more"."""
    labels = [g.label.lower() if i else g.label for i, g in enumerate(groups)]
    if len(labels) > 3:
        return f"{', '.join(labels[:3])} and {len(labels) - 3} more"
    if len(labels) > 1:
        return f"{', '.join(labels[:-1])} and {labels[-1]}"
    return labels[0] if labels else ""


def user_actions(config: NoticeConfig, terms: NoticeTerms, effective: str) -> tuple[str, ...]:
    """Return what the user must (or need not) do, from the terms in force."""
    actions = [f"Read the summary below and the full {config.agreement} at {config.terms_url}."]
    if terms.continued_use:
        clauses = _clauses(terms.continued_use)
        actions.append(
            f"You do not need to do anything to accept: if you keep using {config.product} "
            f"on or after {effective}, you accept the new terms{clauses}."
        )
    else:
        actions.append(f"The new terms apply from {effective}.")
    if terms.objection:
        actions.append(
            f"If you do not agree, you can stop using {config.product} and end the agreement "
            f"before {effective}{_clauses(terms.objection)}."
        )
    contact = config.support_email or config.support_url or config.support_phone
    if contact:
        actions.append(f"Questions? Contact us at {contact}.")
    return tuple(actions)


def _clauses(items: Any) -> str:
    """Return " (clause 12.1, 2.4.2(3))" for term items that carry clause numbers."""
    numbers = list(dict.fromkeys(item.clause for item in items if item.clause))
    return f" (clause {', '.join(numbers)})" if numbers else ""


def choose_channels(terms: NoticeTerms, requested: tuple[str, ...]) -> tuple[str, ...]:
    """Return the channels to render: the requested ones, else those the terms promise."""
    for channel in requested:
        if channel not in CHANNELS:
            raise ConfigError(f"--channel {channel}: unknown channel; known: {', '.join(CHANNELS)}")
    if requested:
        return tuple(c for c in CHANNELS if c in requested)
    return terms.channel_ids or FALLBACK_CHANNELS


def build_context(
    report: Report,
    config: NoticeConfig,
    terms: NoticeTerms,
    schedule: Schedule,
    channels: tuple[str, ...],
    terms_changes: tuple[str, ...],
) -> NoticeContext:
    """Return the template context shared by every channel (channel fields blank)."""
    items = lead_with_adverse([change_item(change) for change in report.material])
    groups = group_changes(items)
    effective = date_text(schedule.effective_date)
    advance = schedule.advance
    return NoticeContext(
        channel="",
        channel_label="",
        channels=channels,
        company=config.company,
        product=config.product,
        agreement=config.agreement,
        sender=config.sender,
        reply_to=config.reply_to,
        subject="",
        preheader="",
        headline=headline(groups),
        notice_date=schedule.notice_date.isoformat(),
        notice_date_text=date_text(schedule.notice_date),
        effective_date=schedule.effective_date.isoformat(),
        effective_date_text=effective,
        advance_notice=f"{advance.text} (clause {advance.clause})" if advance else "",
        changes=tuple(items),
        groups=groups,
        change_count=len(items),
        terms_changes=terms_changes,
        actions=user_actions(config, terms, effective),
        objection=tuple(dict.fromkeys(TermItem(t.text, t.clause or "") for t in terms.objection)),
        continued_use=tuple(TermItem(t.text, t.clause or "") for t in terms.continued_use),
        terms_url=config.terms_url,
        redline_url=config.redline_url,
        support_email=config.support_email,
        support_url=config.support_url,
        support_phone=config.support_phone,
        postal_address=config.postal_address,
        brand_color=config.brand_color,
        logo_url=config.logo_url,
        locale=config.locale,
        compliance_ok=schedule.ok,
        warnings=schedule.warnings,
    )


def build_notices(
    report: Report,
    *,
    config: NoticeConfig | None = None,
    notice_date: datetime.date | None = None,
    effective_date: datetime.date | None = None,
    channels: tuple[str, ...] = (),
    templates: str | Path | None = None,
) -> NoticeBundle:
    """Return the notices the agreement in force promises for report's material changes."""
    config = config or NoticeConfig()
    for key in ("sender", "reply_to", "company", "product", "agreement"):
        check_header_value(getattr(config, key), f"{config.source}: {key}")
    if not report.material:
        return NoticeBundle(required=False)
    terms = extract_terms(report.old)
    terms_changes = tuple(compare_terms(terms, extract_terms(report.new)))
    chosen = choose_channels(terms, channels)
    schedule = plan_schedule(
        report,
        terms,
        notice_date=notice_date or datetime.date.today(),
        effective_date=effective_date,
        profiles=config.profiles,
        channels=chosen,
    )
    warnings = list(schedule.warnings)
    if not terms.channel_ids and not channels:
        warnings.append(
            "the agreement in force states no notice channel; using " + ", ".join(chosen)
        )
    base = build_context(report, config, terms, schedule, chosen, terms_changes)
    env = make_environment(templates)
    variant = _slug(config.agreement)
    rendered: dict[str, bytes] = {}
    extra: dict[str, Any] = {}
    vocab = load_vocabulary()
    for channel in chosen:
        context = replace(base, channel=channel, channel_label=vocab.channel(channel).label)
        parts, info = RENDERERS[channel](env, context, variant)
        rendered.update(parts)
        if info:
            extra[channel] = info
    bundle = NoticeBundle(
        required=True,
        files=rendered,
        schedule=schedule,
        terms=terms,
        terms_changes=terms_changes,
        warnings=tuple(warnings),
        report=report,
        config=config,
    )
    bundle.record = notice_record(report, bundle, extra)
    return bundle


def _slug(text: str) -> str:
    """Return a template-name variant from an agreement name: "terms-of-service"."""
    return "-".join("".join(ch if ch.isalnum() else " " for ch in text.lower()).split())


def render_email(env: Any, ctx: NoticeContext, variant: str) -> tuple[NoticeContext, str, str]:
    """Return the email context (subject, preheader filled in), plain text and inlined HTML."""
    subject = one_line(render_template(env, "email-subject.txt", ctx, variant=variant))
    check_header_value(subject, "email-subject.txt")
    preheader = one_line(render_template(env, "email-preheader.txt", ctx, variant=variant))
    ctx = replace(ctx, subject=subject, preheader=preheader)
    html = inline_css(render_template(env, "email.html", ctx, variant=variant))
    text = render_template(env, "email.txt", ctx, variant=variant)
    return ctx, text, html


def _render_email(env: Any, ctx: NoticeContext, variant: str) -> tuple[dict[str, bytes], Any]:
    """Return the email parts and the .eml message; notice.json keeps the context for send."""
    base = ctx
    ctx, text, html = render_email(env, ctx, variant)
    message = email_message(ctx, ctx.subject, text, html)
    return {
        "email.eml": message.as_bytes(policy=email.policy.SMTP),
        "email.html": html.encode(),
        "email.txt": text.encode(),
        "email-subject.txt": (ctx.subject + "\n").encode(),
    }, {
        "subject": ctx.subject,
        "preheader": ctx.preheader,
        "variant": variant,
        "context": context_to_dict(base),
    }


def email_message(ctx: NoticeContext, subject: str, text: str, html: str) -> EmailMessage:
    """Return a multipart/alternative message (plain text + HTML) ready to send."""
    message = EmailMessage(policy=email.policy.SMTP)
    message["Subject"] = subject
    message["From"] = ctx.sender
    if ctx.reply_to:
        message["Reply-To"] = ctx.reply_to
    message["To"] = "undisclosed-recipients:;"
    sent = datetime.datetime.combine(
        datetime.date.fromisoformat(ctx.notice_date), datetime.time(9, 0), datetime.UTC
    )
    message["Date"] = format_datetime(sent)
    domain = parseaddr(ctx.sender)[1].rpartition("@")[2] or "localhost"
    digest = hashlib.sha256((subject + text).encode()).hexdigest()[:20]
    message["Message-ID"] = f"<tosdiff.{ctx.notice_date}.{digest}@{domain}>"
    message["Content-Language"] = ctx.locale
    message.set_content(text, charset="utf-8")
    message.add_alternative(html, subtype="html", charset="utf-8")
    return message


def _render_announcement(
    env: Any, ctx: NoticeContext, variant: str
) -> tuple[dict[str, bytes], Any]:
    """Return the website banner/news post as an HTML fragment and as Markdown."""
    return {
        "announcement.html": render_template(
            env, "announcement.html", ctx, variant=variant
        ).encode(),
        "announcement.md": render_template(env, "announcement.md", ctx, variant=variant).encode(),
    }, None


def _render_sms(env: Any, ctx: NoticeContext, variant: str) -> tuple[dict[str, bytes], Any]:
    """Return the text message and its encoding and segment count."""
    text = one_line(render_template(env, "sms.txt", ctx, variant=variant))
    return {"sms.txt": (text + "\n").encode()}, {"text": text, **sms_segments(text)}


def _render_in_app(env: Any, ctx: NoticeContext, variant: str) -> tuple[dict[str, bytes], Any]:
    """Return the in-app message: title and body as JSON."""
    data = {
        "title": one_line(render_template(env, "in-app-title.txt", ctx, variant=variant)),
        "body": render_template(env, "in-app-body.txt", ctx, variant=variant).strip(),
        "url": ctx.terms_url,
        "effective_date": ctx.effective_date,
    }
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    return {"in-app.json": text.encode()}, None


def _render_mail(env: Any, ctx: NoticeContext, variant: str) -> tuple[dict[str, bytes], Any]:
    """Return the printable letter."""
    return {"mail.html": render_template(env, "mail.html", ctx, variant=variant).encode()}, None


def _render_phone(env: Any, ctx: NoticeContext, variant: str) -> tuple[dict[str, bytes], Any]:
    """Return the call script."""
    return {"phone.txt": render_template(env, "phone.txt", ctx, variant=variant).encode()}, None


RENDERERS = {
    "email": _render_email,
    "announcement": _render_announcement,
    "sms": _render_sms,
    "in-app": _render_in_app,
    "mail": _render_mail,
    "phone": _render_phone,
}


def sha256(data: bytes | str) -> str:
    """Return the hex SHA-256 of bytes or of text encoded as UTF-8."""
    return hashlib.sha256(data.encode() if isinstance(data, str) else data).hexdigest()


def notice_record(report: Report, bundle: NoticeBundle, extra: dict[str, Any]) -> dict[str, Any]:
    """Return the proof-of-notice record: versions, changes, schedule, channels, file hashes."""
    assert bundle.schedule is not None and bundle.terms is not None
    schedule = bundle.schedule.to_dict()
    return {
        "schema": SCHEMA,
        "generator": f"tosdiff {__version__}",
        "notice_date": schedule["notice_date"],
        "effective_date": schedule["effective_date"],
        "channels": list(dict.fromkeys(_channel_of(name) for name in bundle.files)),
        "compliance": schedule["compliance"],
        "warnings": list(bundle.warnings),
        "terms_changes": list(bundle.terms_changes),
        "schedule": schedule,
        "terms_in_force": bundle.terms.to_dict(),
        "versions": {
            "old": {"source": report.old.source.name, "sha256": sha256(report.old.source.text)},
            "new": {"source": report.new.source.name, "sha256": sha256(report.new.source.text)},
        },
        "changes": [change_to_dict(change) for change in report.material],
        "summary": report.summary(),
        "renders": extra,
        "files": {
            name: {"sha256": sha256(data), "bytes": len(data)}
            for name, data in sorted(bundle.files.items())
        },
    }


def _channel_of(name: str) -> str:
    """Return the channel a rendered file belongs to."""
    stem = name.split(".")[0]
    return "email" if stem.startswith("email") else stem


def write_notices(bundle: NoticeBundle, out_dir: str | Path) -> list[Path]:
    """Write every rendered notice and notice.json into out_dir; return the paths.

    index.html, the preview page of tosdiff.preview, is written beside them (it is not
    a notice, so it is neither returned nor hashed in notice.json).
    """
    folder = Path(out_dir)
    written: list[Path] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in bundle.files.items():
            path = folder / name
            path.write_bytes(data)
            written.append(path)
        record = folder / "notice.json"
        record.write_text(json.dumps(bundle.record, indent=2, ensure_ascii=False) + "\n", "utf-8")
        written.append(record)
        if bundle.report is not None:
            from .preview import write_index

            write_index(bundle, folder)
    except OSError as error:
        raise TosdiffError(f"{folder}: cannot write notices: {error.strerror or error}") from None
    return written
