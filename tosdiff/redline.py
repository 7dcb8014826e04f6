"""Word-level redline of one clause pair with diff-match-patch.

diff-match-patch diffs characters; to diff words, each token (a word, a run of spaces
or one punctuation mark) is mapped to one private-use character, the encoded strings
are diffed and semantically cleaned up, and the result is decoded. Because cleanup runs
on the encoded form, no edit ever splits a word: "thirty (30)" -> "sixty (60)" shows
whole words replaced.
"""

from __future__ import annotations

import itertools
import re
import time
from dataclasses import dataclass

from diff_match_patch import diff_match_patch  # type: ignore[import-untyped]

from . import regexcache
from .model import Segment

DEFAULT_TIMEOUT = 2.0  # seconds per clause pair; a diff that hits it is marked
# Whitespace runs, numbers ("3.5", "1,000"), words (with "’s"), single punctuation marks.
# Whitespace is tried first as the commonest token (the classes cannot overlap), and the
# possessive quantifiers spare the regex engine backtracking state it never needs.
_TOKEN = regexcache.compile(r"\s++|\d++(?:[.,:/]\d++)*+|\w++(?:['’]\w++)*+|[^\w\s]", re.UNICODE)
_SPACE_EDGE = regexcache.compile(r"\s\S|\S\s")
_OPS = {-1: "delete", 0: "equal", 1: "insert"}
# Private-use planes give 6,400 + 2 x 65,534 distinct tokens per clause pair.
_PRIVATE_RANGES = ((0xE000, 0xF8FF), (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD))
_BMP_CODES = "".join(map(chr, range(0xE000, 0xF8FF + 1)))  # enough for almost every clause


@dataclass(frozen=True)
class Redline:
    """A redline and whether diff-match-patch ran out of time computing it."""

    segments: list[Segment]
    timed_out: bool = False


def tokenize(text: str) -> list[str]:
    """Split text into words, whitespace runs and single punctuation marks."""
    return _TOKEN.findall(text)


def _split_tokens(
    old: str, new: str, prefix: int, suffix: int
) -> tuple[list[str], list[str], list[str], list[str]]:
    """Return (head, old middle, new middle, tail) for texts that share their first prefix
    and last suffix characters (not overlapping): tokenize(old) is head + old middle +
    tail and tokenize(new) is head + new middle + tail. The common parts are tokenized
    once."""
    head = _TOKEN.findall(old, 0, prefix)
    # Finding a token looks at most two characters past its end ("30." then a digit?),
    # so the last tokens of the opening may run on differently: tokenize them again.
    cut = prefix
    while head and cut > prefix - 2:
        cut -= len(head.pop())
    # Where a space meets a non-space, every text has a token boundary, and the tokens
    # after it depend only on the text after it: split the common ending there.
    edge = _SPACE_EDGE.search(old, len(old) - suffix)
    if edge is None:
        return head, _TOKEN.findall(old, cut), _TOKEN.findall(new, cut), []
    end_old = edge.start() + 1
    end_new = end_old + len(new) - len(old)
    return (
        head,
        _TOKEN.findall(old, cut, end_old),
        _TOKEN.findall(new, cut, end_new),
        _TOKEN.findall(old, end_old),
    )


def _code_points(count: int) -> str:
    """Return at least count private-use characters, in order, one per distinct token."""
    if count <= len(_BMP_CODES):
        return _BMP_CODES
    points = itertools.chain.from_iterable(range(low, high + 1) for low, high in _PRIVATE_RANGES)
    codes = "".join(map(chr, itertools.islice(points, count)))
    if len(codes) < count:
        raise ValueError("too many distinct tokens for one clause")
    return codes


def redline(old: str, new: str, *, timeout: float = DEFAULT_TIMEOUT) -> Redline:
    """Return the word-level differences between two texts."""
    if old == new:
        return Redline([Segment("equal", old)] if old else [])
    if not old or not new:  # a whole clause added or removed
        return Redline([Segment("insert", new)] if new else [Segment("delete", old)])
    dmp = diff_match_patch()
    prefix = dmp.diff_commonPrefix(old, new)
    suffix = min(dmp.diff_commonSuffix(old, new), len(old) - prefix, len(new) - prefix)
    head, middle_old, middle_new, tail = _split_tokens(old, new, prefix, suffix)
    tokens_old, tokens_new = head + middle_old + tail, head + middle_new + tail
    # Distinct tokens in order of first appearance (new's head and tail are old's too),
    # each paired with its character; dict/zip/map keep the per-token work in C.
    vocabulary = dict.fromkeys(itertools.chain(tokens_old, middle_new))
    codes = _code_points(len(vocabulary))
    code = dict(zip(vocabulary, codes, strict=False)).__getitem__  # codes may run longer
    encoded_head, encoded_tail = "".join(map(code, head)), "".join(map(code, tail))
    encoded_old = encoded_head + "".join(map(code, middle_old)) + encoded_tail
    encoded_new = encoded_head + "".join(map(code, middle_new)) + encoded_tail
    dmp.Diff_Timeout = timeout
    started = time.monotonic()
    diffs = dmp.diff_main(encoded_old, encoded_new, False)
    timed_out = timeout > 0 and time.monotonic() - started >= timeout
    dmp.diff_cleanupSemantic(diffs)
    # Every chunk is a run of consecutive tokens of its side (equal and deleted chunks
    # spell the old text in order, equal and inserted ones the new text), so decoding
    # joins a slice of that side's tokens.
    at_old = at_new = 0  # tokens of old and new decoded so far
    segments: list[Segment] = []
    for op, chunk in diffs:
        size = len(chunk)
        if op == 1:
            text = "".join(tokens_new[at_new : at_new + size])
            at_new += size
        else:
            text = "".join(tokens_old[at_old : at_old + size])
            at_old += size
            if op == 0:
                at_new += size
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
