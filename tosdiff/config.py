"""Read and validate ``tosdiff.toml``: who sends notices, where the terms live, branding.

Every key is optional; a missing file section falls back to the defaults below. Errors
raise ConfigError naming the file and the key ("tosdiff.toml: reply_to: not an email address").
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from email.utils import parseaddr
from pathlib import Path
from typing import Any

from .errors import ConfigError

_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")
_LOCALE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
_URL = re.compile(r"^https?://[^\s<>\"']+$")
_HEADER_KEYS = ("company", "product", "sender", "reply_to", "agreement")


@dataclass(frozen=True)
class NoticeConfig:
    """Who sends the notices and where readers find the terms; from tosdiff.toml."""

    company: str = field(default="Our company", metadata={"help": "Legal name of the sender."})
    product: str = field(default="our service", metadata={"help": "Name of the service."})
    agreement: str = field(default="Terms of Service", metadata={"help": "Agreement name."})
    sender: str = field(
        default="Notices <notices@example.com>", metadata={"help": "From: header of the email."}
    )
    reply_to: str = field(default="", metadata={"help": "Reply-To: header; empty: none."})
    terms_url: str = field(
        default="https://example.com/terms", metadata={"help": "Link to the full new terms."}
    )
    redline_url: str = field(default="", metadata={"help": "Link to the redline of changes."})
    support_email: str = field(default="", metadata={"help": "Support address."})
    support_url: str = field(default="", metadata={"help": "Support or contact page."})
    support_phone: str = field(default="", metadata={"help": "Support phone number."})
    postal_address: str = field(default="", metadata={"help": "Sender address on letters."})
    locale: str = field(default="en", metadata={"help": "Language of the notices (BCP 47)."})
    brand_color: str = field(default="#1f4e79", metadata={"help": "Accent colour, #rgb/#rrggbb."})
    logo_url: str = field(default="", metadata={"help": "HTTPS URL of a logo image."})
    profiles: tuple[str, ...] = field(
        default=(), metadata={"help": "Legal-minimum profiles to check, e.g. ['eu-p2b']."}
    )
    source: str = field(default="<defaults>", metadata={"help": "Where the config came from."})


CONFIG_KEYS = tuple(f.name for f in fields(NoticeConfig) if f.name != "source")


def load_config(path: str | Path | None) -> NoticeConfig:
    """Return the config read from a tosdiff.toml file, or the defaults when path is None."""
    if path is None:
        return NoticeConfig()
    file = Path(path)
    try:
        raw = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{file}: no such config file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{file}: cannot read config: {error}") from None
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{file}: invalid TOML: {error}") from None
    return parse_config(data, name=str(file))


def parse_config(data: dict[str, Any], *, name: str = "tosdiff.toml") -> NoticeConfig:
    """Return a validated NoticeConfig from parsed TOML (a [notice] table or top-level keys)."""
    table = data.get("notice", data)
    if not isinstance(table, dict):
        raise ConfigError(f"{name}: notice: must be a table")
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in CONFIG_KEYS:
            raise ConfigError(f"{name}: {key}: unknown key (known: {', '.join(CONFIG_KEYS)})")
        values[key] = _check(name, key, value)
    return replace(NoticeConfig(), source=name, **values)


def _check(name: str, key: str, value: Any) -> Any:
    """Return a validated config value, or raise ConfigError naming file and key."""
    if key == "profiles":
        from .schedule import load_profiles

        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{name}: profiles: must be a list of profile names")
        known = load_profiles()
        for profile in value:
            if profile not in known:
                raise ConfigError(
                    f"{name}: profiles: unknown profile {profile!r} (known: {', '.join(known)})"
                )
        return tuple(value)
    if not isinstance(value, str):
        raise ConfigError(f"{name}: {key}: must be a string")
    if key in _HEADER_KEYS or key in ("support_email", "support_phone", "locale", "brand_color"):
        check_header_value(value, f"{name}: {key}")
    value = value.strip()
    if key in ("sender", "reply_to", "support_email") and value and not _is_address(value):
        raise ConfigError(f"{name}: {key}: not an email address: {value!r}")
    urls = ("terms_url", "redline_url", "support_url", "logo_url")
    if key in urls and value and not _URL.match(value):
        raise ConfigError(f"{name}: {key}: must be an http(s) URL: {value!r}")
    if key == "brand_color" and not _COLOR.match(value):
        raise ConfigError(f"{name}: brand_color: must look like #1f4e79: {value!r}")
    if key == "locale" and not _LOCALE.match(value):
        raise ConfigError(f"{name}: locale: must look like en or en-GB: {value!r}")
    return value


def check_header_value(value: str, where: str) -> str:
    """Return value unchanged, or raise ConfigError when it would break an email header."""
    if any(ch in value for ch in "\r\n\0"):
        raise ConfigError(f"{where}: newline not allowed in an email header value")
    return value


def _is_address(value: str) -> bool:
    """Return whether value is an email address, bare or with a display name."""
    _, address = parseaddr(value)
    return bool(re.fullmatch(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+", address))
