"""GitHub Actions workflow commands: one annotation per change, at its line in NEW.

Material changes are ``::warning``, the rest ``::notice``. Property values escape
``% \\r \\n : ,`` and messages ``% \\r \\n``, as the runner requires. A removed clause has
no line in the new file, so its annotation is on the file itself.
"""

from __future__ import annotations

import os

from ..model import Change, Report
from .common import title

_MESSAGE = str.maketrans({"%": "%25", "\r": "%0D", "\n": "%0A"})
_PROPERTY = str.maketrans({"%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"})
MAX_REDLINE = 600  # characters of redline in one annotation


def escape_data(text: str) -> str:
    """Return text escaped for the message part of a workflow command."""
    return text.translate(_MESSAGE)


def escape_property(text: str) -> str:
    """Return text escaped for a property value (file, title) of a workflow command."""
    return text.translate(_PROPERTY)


def annotation_file(name: str) -> str:
    """Return the path to annotate: the path part of a ``REV:path`` source name."""
    if ":" in name and not os.path.exists(name):
        return name.partition(":")[2] or name
    return name


def _redline(change: Change) -> str:
    """Return the redline as plain text with [-deleted-] and {+inserted+} marks."""
    parts = []
    for segment in change.redline:
        if segment.op == "insert":
            parts.append("{+" + segment.text + "+}")
        elif segment.op == "delete":
            parts.append("[-" + segment.text + "-]")
        else:
            parts.append(segment.text)
    text = "".join(parts).strip()
    return text if len(text) <= MAX_REDLINE else text[: MAX_REDLINE - 1] + "…"


def annotation(change: Change, file: str) -> str:
    """Return the workflow command for one change."""
    level = "warning" if change.material else "notice"
    props = [f"file={escape_property(file)}"]
    if change.new is not None:
        first, last = change.new.lines
        if change.new_extra:
            last = change.new_extra[-1].lines[1]
        props.append(f"line={first}")
        if last != first:
            props.append(f"endLine={last}")
    props.append(f"title={escape_property('tosdiff: ' + title(change))}")
    message = "\n".join(part for part in (change.explanation, _redline(change)) if part)
    return f"::{level} {','.join(props)}::{escape_data(message or change.op)}"


def format_report(report: Report, *, color: bool = False) -> str:
    """Return one annotation line per change (none when nothing changed)."""
    file = annotation_file(report.new.source.name)
    return "".join(annotation(change, file) + "\n" for change in report.changes)
