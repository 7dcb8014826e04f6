"""Word-level redline of one clause pair with diff-match-patch.

diff-match-patch diffs characters; to diff words, each token (a word, a run of spaces
or one punctuation mark) is mapped to one private-use character, the encoded strings
are diffed and semantically cleaned up, and the result is decoded. Because cleanup runs
on the encoded form, no edit ever splits a word: "thirty (30)" -> "sixty (60)" shows
whole words replaced.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

from diff_match_patch import diff_match_patch

from .model import Segment

DEFAULT_TIMEOUT = 2.0  # seconds per clause pair; a diff that hits it is marked
_TOKEN = re.compile(r"\d+(?:[.,:/]\d+)*|\w+(?:['’]\w+)*|\s+|[^\w\s]", re.UNICODE)
_OPS = {-1: "delete", 0: "equal", 1: "insert"}
# Private-use planes give 6,400 + 2 x 65,534 distinct tokens per clause pair.
_PRIVATE_RANGES = ((0xE000, 0xF8FF), (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD))


@dataclass(frozen=True)
class Redline:
    """A redline and whether diff-match-patch ran out of time computing it."""

    segments: list[Segment]
    timed_out: bool = False


def tokenize(text: str) -> list[str]:
    """Split text into words, whitespace runs and single punctuation marks."""
    return _TOKEN.findall(text)


def _code_point(n: int) -> str:
    """Return the n-th private-use character."""
    for low, high in _PRIVATE_RANGES:
        size = high - low + 1
        if n < size:
            return chr(low + n)
        n -= size
    raise ValueError("too many distinct tokens for one clause")


def redline(old: str, new: str, *, timeout: float = DEFAULT_TIMEOUT) -> Redline:
    """Return the word-level differences between two texts."""
    if old == new:
        return Redline([Segment("equal", old)] if old else [])
    if not old or not new:  # a whole clause added or removed
        return Redline([Segment("insert", new)] if new else [Segment("delete", old)])
    table: dict[str, str] = {}
    tokens: list[str] = []

    def encode(text: str) -> str:
        chars = []
        for token in tokenize(text):
            code = table.get(token)
            if code is None:
                code = table[token] = _code_point(len(tokens))
                tokens.append(token)
            chars.append(code)
        return "".join(chars)

    encoded_old, encoded_new = encode(old), encode(new)
    dmp = diff_match_patch()
    dmp.Diff_Timeout = timeout
    started = time.monotonic()
    diffs = dmp.diff_main(encoded_old, encoded_new, False)
    timed_out = timeout > 0 and time.monotonic() - started >= timeout
    dmp.diff_cleanupSemantic(diffs)
    decoder = {code: token for token, code in table.items()}
    segments: list[Segment] = []
    for op, chunk in diffs:
        text = "".join(decoder[ch] for ch in chunk)
        if segments and segments[-1].op == _OPS[op]:
            segments[-1] = Segment(segments[-1].op, segments[-1].text + text)
        elif text:
            segments.append(Segment(_OPS[op], text))  # type: ignore[arg-type]
    return Redline(segments, timed_out)


def inserted_text(segments: list[Segment]) -> str:
    """Return the inserted words of a redline, joined by " … "."""
    return " … ".join(s.text.strip() for s in segments if s.op == "insert" and s.text.strip())


def deleted_text(segments: list[Segment]) -> str:
    """Return the deleted words of a redline, joined by " … "."""
    return " … ".join(s.text.strip() for s in segments if s.op == "delete" and s.text.strip())
