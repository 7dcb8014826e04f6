"""Render notices with Jinja2: the template context, the loader, SMS segments, CSS inlining.

Templates come from the user's ``--templates`` folder first, then the defaults shipped
with tosdiff (the repository's top-level ``templates/``). Every default is also reachable
as ``default:<name>``, so an override can ``{% extends "default:email.html" %}``.
HTML templates autoescape; Markdown output goes through the ``md`` filter.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import css_inline
import jinja2

from .errors import TemplateError

# GSM 03.38: the basic character set (one septet each) and its extension table (two).
GSM_BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENSION = "\f^{}\\[~]|€"
_GSM_BASIC = frozenset(GSM_BASIC) - {"\x1b"}
_GSM_EXTENSION = frozenset(GSM_EXTENSION)
_MD_SPECIAL = re.compile(r"([\\`*_\[\]#|])")


def _help(text: str) -> dict[str, str]:
    """Return dataclass field metadata documenting a template variable."""
    return {"help": text}


@dataclass(frozen=True)
class PeriodChange:
    """A time period that changed, as the classifier found it (old -> new)."""

    old: str = field(metadata=_help('The old period in the agreement\'s words ("one month").'))
    new: str = field(metadata=_help('The new period ("fifteen (15) days").'))
    text: str = field(metadata=_help('Both as one phrase: "one month -> fifteen (15) days".'))


@dataclass(frozen=True)
class ChangeItem:
    """One material change as the notices show it."""

    id: str = field(metadata=_help("Stable change id from the diff (c-1a2b3c4d5e)."))
    clause: str = field(metadata=_help('Clause number in the new version ("3.8").'))
    old_clause: str = field(metadata=_help("Clause number in the version in force."))
    ref: str = field(metadata=_help('How to cite it: "clause 3.8", "Article 11", "§ 5".'))
    heading: str = field(metadata=_help("Heading of the section the clause sits in."))
    op: str = field(metadata=_help("added | removed | modified | moved."))
    op_text: str = field(metadata=_help('The op in words: "New clause", "Changed", ...'))
    kind: str = field(metadata=_help("Primary kind id (the group it is listed under)."))
    kinds: tuple[str, ...] = field(metadata=_help("Every kind id the change carries."))
    kind_labels: tuple[str, ...] = field(metadata=_help("Labels of those kinds."))
    direction: str = field(metadata=_help("adverse | favourable | neutral, for the user."))
    summary: str = field(metadata=_help("Plain-language explanation of the change."))
    periods: tuple[PeriodChange, ...] = field(metadata=_help("Periods changed, old -> new."))
    old_text: str = field(metadata=_help("Full old clause text ('' when added)."))
    new_text: str = field(metadata=_help("Full new clause text ('' when removed)."))
    excerpt: str = field(metadata=_help("The new (or removed) text, cut to ~280 characters."))


@dataclass(frozen=True)
class KindGroup:
    """Material changes sharing a primary kind."""

    kind: str = field(metadata=_help('Kind id ("liability").'))
    label: str = field(metadata=_help('Kind label ("Liability").'))
    changes: tuple[ChangeItem, ...] = field(metadata=_help("The changes in this group."))


@dataclass(frozen=True)
class TermItem:
    """A sentence quoted from the agreement in force, with its clause."""

    text: str = field(metadata=_help("The sentence, as written."))
    clause: str = field(metadata=_help("Its clause number ('' when unnumbered)."))


class Recipient(Mapping[str, str]):
    """One recipient's CSV row: ``recipient.name`` or ``recipient["name"]``; missing is ''."""

    __slots__ = ("_fields",)

    def __init__(self, fields: Mapping[str, str] | None = None) -> None:
        self._fields = dict(fields or {})

    def __getitem__(self, key: str) -> str:
        return self._fields.get(key, "")

    def __getattr__(self, key: str) -> str:
        if key.startswith("_"):
            raise AttributeError(key)
        return self[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._fields)

    def __len__(self) -> int:
        return len(self._fields)

    def __repr__(self) -> str:
        return f"Recipient({self._fields!r})"


@dataclass(frozen=True)
class NoticeContext:
    """Everything a notice template can use; documented in docs/templates.md."""

    channel: str = field(metadata=_help("The channel being rendered: email, sms, ..."))
    channel_label: str = field(metadata=_help('Its label ("Text message (SMS)").'))
    channels: tuple[str, ...] = field(metadata=_help("Every channel notice goes out through."))
    company: str = field(metadata=_help("Legal name of the sender (config `company`)."))
    product: str = field(metadata=_help("Name of the service (config `product`)."))
    agreement: str = field(metadata=_help('Agreement name (config, "Terms of Service").'))
    sender: str = field(metadata=_help("From address (config `sender`)."))
    reply_to: str = field(metadata=_help("Reply-To address, may be empty."))
    subject: str = field(metadata=_help("Email subject (rendered first; '' in the subject)."))
    preheader: str = field(metadata=_help("Email preheader (inbox preview line)."))
    headline: str = field(metadata=_help('What changes, in a phrase: "liability and fees".'))
    notice_date: str = field(metadata=_help("Date of the notice, YYYY-MM-DD."))
    notice_date_text: str = field(metadata=_help('Notice date in words ("1 December 2026").'))
    effective_date: str = field(metadata=_help("Date the new terms take effect, YYYY-MM-DD."))
    effective_date_text: str = field(metadata=_help("Effective date in words."))
    advance_notice: str = field(metadata=_help('Promised notice ("one month in advance (3.8)").'))
    changes: tuple[ChangeItem, ...] = field(
        metadata=_help("Material changes, adverse to users first, then neutral, then favourable.")
    )
    groups: tuple[KindGroup, ...] = field(
        metadata=_help("Material changes grouped by kind, in the order of changes.")
    )
    change_count: int = field(metadata=_help("Number of material changes."))
    terms_changes: tuple[str, ...] = field(
        metadata=_help("How the revision changes the notice terms themselves (show prominently).")
    )
    actions: tuple[str, ...] = field(metadata=_help("What the user must (or need not) do."))
    objection: tuple[TermItem, ...] = field(
        metadata=_help("The agreement's words on refusing: stop using, close the account.")
    )
    continued_use: tuple[TermItem, ...] = field(
        metadata=_help("The agreement's words on continued use meaning acceptance.")
    )
    terms_url: str = field(metadata=_help("Link to the full new terms."))
    redline_url: str = field(metadata=_help("Link to the redline; may be empty."))
    support_email: str = field(metadata=_help("Support address; may be empty."))
    support_url: str = field(metadata=_help("Support page; may be empty."))
    support_phone: str = field(metadata=_help("Support phone number; may be empty."))
    postal_address: str = field(metadata=_help("Sender postal address for letters."))
    brand_color: str = field(metadata=_help("Accent colour, #rrggbb."))
    logo_url: str = field(metadata=_help("Logo image URL; may be empty."))
    locale: str = field(metadata=_help("Language tag of the notice (lang attribute)."))
    compliance_ok: bool = field(metadata=_help("Whether the schedule meets every promise."))
    warnings: tuple[str, ...] = field(metadata=_help("Schedule warnings (silent changes, ...)."))
    recipient: Recipient = field(
        default_factory=Recipient,
        metadata=_help(
            "The addressee's CSV columns for `tosdiff send` (`recipient.email`, "
            "`recipient.name`, any column); a missing column is ''; empty in `tosdiff notice`."
        ),
    )

    def as_dict(self) -> dict[str, Any]:
        """Return the top-level template variables (nested dataclasses stay objects)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


def context_to_dict(context: NoticeContext) -> dict[str, Any]:
    """Return the context as JSON-ready data (without the recipient), for notice.json."""
    data = asdict(replace(context, recipient=Recipient()))
    data.pop("recipient", None)
    return data


def context_from_dict(data: dict[str, Any]) -> NoticeContext:
    """Return the NoticeContext that context_to_dict() turned into data."""

    def change(item: dict[str, Any]) -> ChangeItem:
        periods = tuple(PeriodChange(**p) for p in item.get("periods", ()))
        values: dict[str, Any] = {
            k: tuple(v) if isinstance(v, list) else v for k, v in item.items()
        }
        return ChangeItem(**{**values, "periods": periods})

    values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}
    values["changes"] = tuple(change(c) for c in data.get("changes", ()))
    values["groups"] = tuple(
        KindGroup(g["kind"], g["label"], tuple(change(c) for c in g["changes"]))
        for g in data.get("groups", ())
    )
    for key in ("objection", "continued_use"):
        values[key] = tuple(TermItem(**t) for t in data.get(key, ()))
    known = {f.name for f in fields(NoticeContext)}
    return NoticeContext(**{k: v for k, v in values.items() if k in known})


def context_fields() -> dict[str, str]:
    """Return every NoticeContext field name with its help text."""
    return {f.name: f.metadata["help"] for f in fields(NoticeContext)}


def default_template_dir() -> Path:
    """Return the folder of the templates shipped with tosdiff."""
    packaged = Path(str(files("tosdiff").joinpath("templates")))
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "templates"  # a source checkout


def md_escape(value: Any) -> str:
    """Return text safe inside Markdown: HTML characters as entities, markup escaped."""
    text = str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def one_line(value: Any) -> str:
    """Return text with every run of whitespace (newlines too) made one space."""
    return " ".join(str(value).split())


def make_environment(user_dir: str | Path | None = None) -> jinja2.Environment:
    """Return the Jinja environment: user templates, then packaged defaults, plus default:."""
    defaults = jinja2.FileSystemLoader(str(default_template_dir()))
    loaders: list[jinja2.BaseLoader] = []
    if user_dir is not None:
        folder = Path(user_dir)
        if not folder.is_dir():
            raise TemplateError(f"{folder}: templates folder not found")
        loaders.append(jinja2.FileSystemLoader(str(folder)))
    loaders += [defaults, jinja2.PrefixLoader({"default": defaults}, delimiter=":")]
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=jinja2.select_autoescape(["html", "htm", "xml"], default_for_string=False),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_escape
    env.filters["one_line"] = one_line
    return env


def render_template(
    env: jinja2.Environment, name: str, context: NoticeContext, *, variant: str = ""
) -> str:
    """Render the template `name` (or its `<stem>-<variant>` form when one exists)."""
    stem, dot, ext = name.rpartition(".")
    candidates = [f"{stem}-{variant}{dot}{ext}", name] if variant else [name]
    try:
        template = env.select_template(candidates)
        return template.render(context.as_dict())
    except jinja2.TemplateNotFound:
        raise TemplateError(f"template {name} not found") from None
    except jinja2.TemplateError as error:
        where = getattr(error, "filename", None) or getattr(error, "name", None) or name
        line = getattr(error, "lineno", None)
        at = f":{line}" if line else ""
        raise TemplateError(f"{where}{at}: {error.message or error}") from None


@cache
def _inliner() -> css_inline.CSSInliner:
    """Return the CSS inliner: keeps <style> for media queries, never fetches remote CSS."""
    return css_inline.CSSInliner(keep_style_tags=True, load_remote_stylesheets=False)


def inline_css(html: str) -> str:
    """Return HTML with its <style> rules copied onto the elements they match."""
    try:
        return _inliner().inline(html)
    except ValueError as error:
        raise TemplateError(f"cannot inline CSS: {error}") from None


def is_gsm7(text: str) -> bool:
    """Return whether text can be sent in the GSM-7 alphabet (basic + extension table)."""
    return all(ch in _GSM_BASIC or ch in _GSM_EXTENSION for ch in text)


def sms_segments(text: str) -> dict[str, Any]:
    """Return the SMS encoding, length in units and number of segments of text.

    GSM-7: 160 septets in one message, 153 per part when split (an extension character
    takes two and is never split). UCS-2: 70 UTF-16 units, 67 per part (a surrogate pair
    is never split).
    """
    if is_gsm7(text):
        units = [2 if ch in _GSM_EXTENSION else 1 for ch in text]
        encoding, single, part = "GSM-7", 160, 153
    else:
        units = [2 if ord(ch) > 0xFFFF else 1 for ch in text]
        encoding, single, part = "UCS-2", 70, 67
    total = sum(units)
    if total <= single:
        return {"encoding": encoding, "units": total, "segments": 1 if text else 0}
    segments, used = 1, 0
    for size in units:
        if used + size > part:
            segments, used = segments + 1, 0
        used += size
    return {"encoding": encoding, "units": total, "segments": segments}
