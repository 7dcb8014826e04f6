"""Match many rule patterns against one text quickly.

Classification asks dozens of regular expressions the same questions about the same
clause: does this pattern match near that edit, how often does it occur? Running each
expression over the text costs one pass of the regex engine per pattern. Most rule
patterns start at a word (``\\b(fees?|pric...)``) with one of a few literal prefixes
(``fee``, ``pric``), so one pass of a single scanner over the lower-cased text finds
every word where any pattern may start; each pattern is then tried only there, with
``Pattern.match``. The answers are exactly those of ``Pattern.search``/``finditer``:
a pattern the scanner cannot index is simply run the ordinary way.
"""

from __future__ import annotations

import re
import re._constants as _c  # type: ignore[import-not-found]
import re._parser as _parser  # type: ignore[import-not-found]
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from heapq import heapify, heappop, heapreplace
from typing import Any, TypeAlias, TypeVar

from . import regexcache
from .words import is_word_char

_T = TypeVar("_T")
_CACHE_SIZE = 64  # texts whose hits are remembered (one report's clauses at a time)
_NONE: list[int] = []
_MATCH_TRIES = 64  # places Scanner.search tries one by one before the regex scans on


class Scanner:
    """Finds, in one pass, the words of a text where each of a set of patterns may match."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        unique = list({id(pattern): pattern for pattern in patterns}.values())
        # What the scanner derives from its patterns needs each one's parse and a pass
        # over thousands of literals (~10 ms for the rule files' patterns): kept across
        # runs by the patterns' text, like the compiled patterns themselves.
        plan = regexcache.remember(
            "scanner", tuple((p.pattern, p.flags) for p in unique), lambda: _plan(unique)
        )
        indexed, self._literal, self._needs, self._starts, self._marks, trie, longest = plan
        # keyed by id(pattern): hashing a compiled pattern hashes its whole program,
        # which for a long rule pattern costs more than the lookup saves
        self._patterns = [unique[at] for at in indexed]  # keeps the ids below in use
        self._ids = {id(pattern): pid for pid, pattern in enumerate(self._patterns)}
        # A literal at a word: after a non-word character, which the regex consumes
        # (a lookbehind at every position is slower), or at the very start (_first).
        self._regex = regexcache.compile(trie) if trie is not None else None
        self._longest: int = longest
        self._hits: dict[tuple[int, tuple[tuple[int, int], ...] | None], Hits] = {}

    def hits(self, text: str, regions: tuple[tuple[int, int], ...] | None = None) -> Hits:
        """Return the places in text (or in its regions: sorted, disjoint (start, end)
        spans) where each indexed pattern may start; the last few texts are remembered,
        so each is scanned once."""
        key = (id(text), regions)
        found = self._hits.get(key)
        if found is not None and found.text is text:
            return found
        lowered = text.lower()
        positions: dict[int, list[int]] = {}
        indexed: dict[int, int] = {}
        if regions is None:
            regions = ((0, len(text)),)
        if len(lowered) == len(text):
            indexed = self._ids
            for pid, prefixes, anchored in self._literal:
                places = _find_all(lowered, prefixes, regions, anchored)
                if places:
                    positions[pid] = places
            if self._regex is not None:
                self._scan_words(self._regex, lowered, regions, positions)
        found = Hits(text, indexed, positions, regions)
        if len(self._hits) >= _CACHE_SIZE:
            self._hits.clear()
        self._hits[key] = found
        return found

    def _scan_words(
        self,
        regex: re.Pattern[str],
        lowered: str,
        regions: tuple[tuple[int, int], ...],
        positions: dict[int, list[int]],
    ) -> None:
        """Add to positions the words in regions where each word pattern may start."""
        starts, marks = self._starts, self._marks
        seen: set[int] = set()  # marker groups found
        found: list[tuple[int, str]] = []
        for start, end in regions:
            # a literal may run past the region's end: the pattern may start inside it
            stop = min(len(lowered), end + self._longest)
            if start == 0:  # the regex needs a character before the first word
                first = regex.match(" " + lowered[: min(stop, self._longest)])
                if first is not None and end > 0:
                    found.append((0, first.group(1)))
            else:
                start -= 1  # the character before the region tells whether a word starts
            for match in regex.finditer(lowered, start, stop):
                at = match.start() + 1
                if at >= end:
                    break
                found.append((at, match.group(1)))
        for at, literal in found:
            for pid in starts[literal]:
                if pid in positions:
                    positions[pid].append(at)
                else:
                    positions[pid] = [at]
            if literal in marks:
                seen |= marks[literal]
        needs = self._needs
        for pid in needs.keys() & positions.keys():
            if not needs[pid] <= seen:
                del positions[pid]  # a word every match holds is missing

    def id_of(self, pattern: re.Pattern[str]) -> int | None:
        """Return the id the scanner gives pattern (see Hits.found), None if not indexed."""
        return self._ids.get(id(pattern))

    def ids(self, patterns: Iterable[re.Pattern[str]]) -> frozenset[int] | None:
        """Return the ids the scanner gives patterns (see Hits.any_of), or None when
        one of them is not indexed."""
        found = [self._ids.get(id(pattern)) for pattern in patterns]
        return None if None in found else frozenset(pid for pid in found if pid is not None)

    def search(
        self, pattern: re.Pattern[str], text: str, lowered: str | None = None
    ) -> re.Match[str] | None:
        """Return the first match of pattern in text, like ``pattern.search(text)``;
        lowered (text in lower case) lets the regex start where a match first may."""
        if lowered is None or len(lowered) != len(text):
            return pattern.search(text)
        for options in required_literals(pattern):
            if not any(option in lowered for option in options):
                return None
        prefixes = required_prefixes(pattern)
        if prefixes is None:
            return pattern.search(text)
        # Try the pattern only where one of its prefixes occurs, in text order: a
        # substring search finds those places far faster than the regex engine walks
        # the text. Where they are many, the engine takes over from the current one.
        places = [(at, prefix) for prefix in prefixes if (at := lowered.find(prefix)) >= 0]
        heapify(places)
        for _ in range(_MATCH_TRIES):
            if not places:
                return None
            at, prefix = places[0]
            match = pattern.match(text, at)
            if match is not None:
                return match
            following = lowered.find(prefix, at + 1)
            if following >= 0:
                heapreplace(places, (following, prefix))
            else:
                heappop(places)
        return pattern.search(text, places[0][0]) if places else None


class Hits:
    """One text and the places where each pattern may start; answers like re does."""

    def __init__(
        self,
        text: str,
        ids: dict[int, int],  # by id(pattern)
        positions: dict[int, list[int]],
        regions: tuple[tuple[int, int], ...],
    ) -> None:
        self.text = text
        self._ids = ids
        self._positions = positions
        self._regions = regions

    def finditer(
        self, pattern: re.Pattern[str], start: int = 0, end: int | None = None
    ) -> Iterator[re.Match[str]]:
        """Yield the non-overlapping matches of pattern in text[start:end], like
        ``pattern.finditer(text, start, end)``."""
        size = len(self.text)
        end = size if end is None else min(end, size)
        places = self._places(pattern, start, end)
        if places is None:
            yield from pattern.finditer(self.text, start, end)
            return
        if not places:
            return
        text, match_at = self.text, pattern.match
        resume = start
        for index in range(bisect_left(places, start), len(places)):
            at = places[index]
            if at >= end:
                return
            if at < resume:
                continue
            match = match_at(text, at, end)
            if match is not None:
                yield match
                resume = max(match.end(), at + 1)

    def _places(self, pattern: re.Pattern[str], start: int, end: int) -> list[int] | None:
        """Return where pattern may start in the scanned text, or None when the scan
        cannot tell for text[start:end] (the pattern is not indexed, or the range lies
        outside the scanned regions)."""
        pid = self._ids.get(id(pattern))
        if pid is None:
            return None
        for low, high in self._regions:
            if low <= start and end <= high:
                return self._positions.get(pid, _NONE)
        return None

    def search(
        self, pattern: re.Pattern[str], start: int = 0, end: int | None = None
    ) -> re.Match[str] | None:
        """Return the first match of pattern in text[start:end], like ``pattern.search``."""
        return next(self.finditer(pattern, start, end), None)

    def candidates(self, patterns: Iterable[re.Pattern[str]]) -> list[re.Pattern[str]]:
        """Return those of patterns (in order) that may match starting in the scanned
        regions: the indexed ones found there and every pattern the scanner cannot index."""
        ids, positions = self._ids, self._positions
        return [p for p in patterns if (pid := ids.get(id(p))) is None or pid in positions]

    def found(self) -> Iterable[int] | None:
        """Return the ids (Scanner.id_of) of the indexed patterns that may start in the
        scanned regions, or None when the text could not be indexed (its lower case is
        not as long as it: every pattern must then be tried)."""
        return self._positions.keys() if self._ids else None

    def any_of(self, ids: frozenset[int] | None) -> bool:
        """Return whether any of the patterns with these ids (from Scanner.ids) may
        start in the scanned regions; True when ids is None (not all indexed) or the
        text could not be indexed."""
        if ids is None or not self._ids:
            return True
        return not self._positions.keys().isdisjoint(ids)

    def absent(self, pattern: re.Pattern[str]) -> bool:
        """Return True when pattern surely has no match starting in the scanned regions."""
        pid = self._ids.get(id(pattern))
        return pid is not None and pid not in self._positions

    def count_scanned(self, pattern: re.Pattern[str]) -> int:
        """Return how many non-overlapping matches pattern has inside the scanned
        regions, each region taken as a text of its own."""
        if self.absent(pattern):
            return 0
        return sum(1 for _ in self.finditer_scanned(pattern))

    def finditer_scanned(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """Yield the non-overlapping matches of pattern inside the scanned regions,
        each region taken as a text of its own."""
        pid = self._ids.get(id(pattern))
        if pid is None:
            for a, b in self._regions:
                yield from self.finditer(pattern, a, b)
            return
        places = self._positions.get(pid, _NONE)
        text, match_at, regions = self.text, pattern.match, self._regions
        region, resume = 0, 0
        for at in places:
            while at >= regions[region][1]:
                region += 1
            if at < resume:
                continue
            match = match_at(text, at, regions[region][1])
            if match is not None:
                yield match
                resume = max(match.end(), at + 1)

    def count(self, pattern: re.Pattern[str], start: int = 0, end: int | None = None) -> int:
        """Return how many non-overlapping matches pattern has in text[start:end]."""
        places = self._places(pattern, start, len(self.text) if end is None else end)
        if places is not None and not places:
            return 0
        return sum(1 for _ in self.finditer(pattern, start, end))


_Plan: TypeAlias = tuple[
    tuple[int, ...],  # the positions of the indexed patterns, in the order of their ids
    list[tuple[int, tuple[str, ...], bool]],  # substring-searched: id, prefixes, anchored
    dict[int, frozenset[int]],  # pattern id -> the marker groups it needs
    dict[str, tuple[int, ...]],  # literal at a word -> ids of the patterns it starts
    dict[str, frozenset[int]],  # literal at a word -> marker groups it belongs to
    str | None,  # the regular expression that finds the literals
    int,  # the longest literal
]


def _plan(patterns: Sequence[re.Pattern[str]]) -> _Plan:
    """Return what a Scanner over these (distinct) patterns reads from them, as plain
    data: which are indexed, by which literals, and the regex finding those literals."""
    indexed: list[int] = []
    owners: dict[str, set[int]] = {}  # literal prefix -> ids of patterns it starts
    # patterns that start with a literal but not at a word ("[$€]\\s?\\d"), found by
    # substring search: id, prefixes, and whether only the text's start counts ("^")
    literal: list[tuple[int, tuple[str, ...], bool]] = []
    # literals a pattern needs at a later word ("must" in "you ... must"): marker
    # literal -> ids of the groups it belongs to, and pattern id -> its group ids
    markers: dict[str, set[int]] = {}
    needs: dict[int, frozenset[int]] = {}
    group_count = 0
    for at, pattern in enumerate(patterns):
        prefixes = word_prefixes(pattern)
        if prefixes is not None:
            pid = len(indexed)
            indexed.append(at)
            for prefix in prefixes:
                owners.setdefault(prefix, set()).add(pid)
            groups = word_markers(pattern)
            if groups:
                gids = range(group_count, group_count + len(groups))
                group_count += len(groups)
                needs[pid] = frozenset(gids)
                for gid, group in zip(gids, groups, strict=True):
                    for word in group:
                        markers.setdefault(word, set()).add(gid)
        elif (prefixes := required_prefixes(pattern)) is not None:
            pid = len(indexed)
            indexed.append(at)
            anchored = pattern.pattern.startswith("^") and not pattern.flags & re.MULTILINE
            literal.append((pid, prefixes, anchored))
    # The scanner reports the longest literal found at a word; every shorter
    # literal that is a prefix of it matches there too.
    literals = owners.keys() | markers.keys()
    starts = {
        word: tuple(
            sorted({pid for k in range(len(word)) for pid in owners.get(word[: k + 1], ())})
        )
        for word in literals
    }
    marks = {
        word: found
        for word in literals
        if (
            found := frozenset(
                gid for k in range(len(word)) for gid in markers.get(word[: k + 1], ())
            )
        )
    }
    trie = r"\W(?=(" + _trie_regex(literals) + "))" if literals else None
    return tuple(indexed), literal, needs, starts, marks, trie, max(map(len, literals), default=0)


def _find_all(
    lowered: str, prefixes: tuple[str, ...], regions: tuple[tuple[int, int], ...], anchored: bool
) -> list[int]:
    """Return, in order, where any of prefixes starts inside the regions (only at 0
    when anchored)."""
    if anchored:
        inside = regions and regions[0][0] == 0 < regions[0][1]
        return [0] if inside and lowered.startswith(prefixes) else []
    found: set[int] = set()
    for start, end in regions:
        for prefix in prefixes:
            at = lowered.find(prefix, start, end + len(prefix) - 1)
            while 0 <= at < end:
                found.add(at)
                at = lowered.find(prefix, at + 1, end + len(prefix) - 1)
    return sorted(found)


def word_markers(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """Return literals that every match holds at the start of a word after its first:
    groups of lower-case strings, one string of each group at least.

    "\\b(you|users?)\\b(\\s+\\w+){0,3}?\\s+(must|shall)\\b" gives (("must", "shall"),): a text
    where neither starts a word cannot match, however many times "you" occurs.
    """
    return _derived("markers", pattern, _word_markers)


def _word_markers(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """Compute word_markers()."""
    items = _parsed(pattern) or []
    if len(items) == 1 and items[0][0] is _c.SUBPATTERN:
        items = list(items[0][1][-1])
    groups = []
    at_word_start = False  # whether the items read so far end where a word may start
    for index, item in enumerate(items):
        if at_word_start and index >= 2:  # (the first word is the pattern's prefix)
            literals, _ = _literal_start(items[index:], _MAX_PREFIXES)
            if "" not in literals and all(_is_marker(x) for x in literals):
                groups.append(tuple(sorted(literals)))
        op, value = item
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and value[0] == 0:
            # an optional part leaves the state as it was if it too ends a word
            at_word_start = at_word_start and _ends_in_word_end(list(value[2]))
        else:
            at_word_start = _ends_a_word(item)
    return tuple(groups)


def _is_marker(literal: str) -> bool:
    """Return whether a literal is rare enough to filter on: it starts with a letter
    or digit and is not one of the short words every text is full of."""
    word = literal.strip()
    return literal[:1].isalnum() and len(word) >= 3 and word not in _COMMON_WORDS


_COMMON_WORDS = frozenset({"and", "are", "the", "for", "not", "you", "our", "all", "any"})


def _ends_in_word_end(items: list[Any]) -> bool:
    """Return whether a parsed sequence always ends with \\b, a space or punctuation."""
    if not items:
        return False
    op, value = items[-1]
    if op is _c.SUBPATTERN:
        return _ends_in_word_end(list(value[-1]))
    if op is _c.BRANCH:
        return all(_ends_in_word_end(list(branch)) for branch in value[1])
    return _ends_a_word(items[-1])


def _ends_a_word(item: tuple[Any, Any]) -> bool:
    """Return whether whatever follows a parsed item starts a word when it starts with
    a letter: the item is \\b, or a space or punctuation (repeated at least once)."""
    op, value = item
    if op is _c.AT:
        return value is _c.AT_BOUNDARY
    if op is _c.LITERAL:
        return not is_word_char(chr(value))
    if op is _c.IN:
        return all(
            (o is _c.CATEGORY and v is _c.CATEGORY_SPACE)
            or (o is _c.LITERAL and not is_word_char(chr(v)))
            for o, v in value
        )
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and value[0] >= 1 and len(value[2]) == 1:
        return _ends_a_word(value[2][0])
    return False


def word_prefixes(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Return the literal prefixes of a pattern whose every match starts a word, or None;
    read as far as they stay few, so that the scanner stops at few places."""
    if not pattern.pattern.startswith(r"\b"):
        return None
    return _derived("word_prefixes", pattern, _word_prefixes)


def _word_prefixes(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Compute word_prefixes()."""
    prefixes = _prefixes_of(pattern, _MAX_PREFIXES)
    if prefixes is None or not all(p and is_word_char(p[0]) for p in prefixes):
        return None
    return prefixes


_Trie: TypeAlias = dict[str, "_Trie"]  # one node: next character -> child ("" ends)


def _trie_regex(literals: Iterable[str]) -> str:
    """Return a regular expression matching the longest of the literals at a place."""
    trie: _Trie = {}
    for literal in sorted(literals):
        node = trie
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_regex(trie)


def _node_regex(node: _Trie) -> str:
    """Return the regular expression of one trie node (its children, longest first)."""
    branches = [
        re.escape(char) + _node_regex(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def required_prefixes(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Return lower-case strings one of which every match must start with, or None.

    "\\b(fees?|pric(e|es))" gives ("fee", "pric"): a text holding neither cannot
    match, which a substring test finds far faster than the regex engine.
    """
    return _memo(_PREFIXES, pattern, lambda p: _derived("prefixes", p, _prefixes_of))


_PREFIXES: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}


def _memo(
    cache: dict[int, tuple[re.Pattern[str], _T]],
    pattern: re.Pattern[str],
    compute: Callable[[re.Pattern[str]], _T],
) -> _T:
    """Return compute(pattern), computed once per pattern. The cache is keyed by
    id(pattern) (hashing a pattern hashes its program) and holds the pattern, so that
    its id stays its own."""
    entry = cache.get(id(pattern))
    if entry is None:
        entry = cache[id(pattern)] = (pattern, compute(pattern))
    return entry[1]


def _derived(kind: str, pattern: re.Pattern[str], compute: Callable[[re.Pattern[str]], _T]) -> _T:
    """Return compute(pattern), kept across runs by pattern text (see regexcache): what
    the scanner reads from a pattern needs its parse, which is slow."""
    return regexcache.remember(kind, (pattern.pattern, pattern.flags), lambda: compute(pattern))


def _parsed(pattern: re.Pattern[str]) -> list[Any] | None:
    """Return the parse tree of a pattern (parsed once: parsing is slow), or None."""
    return _memo(_PARSED, pattern, _parse)


def _parse(pattern: re.Pattern[str]) -> list[Any] | None:
    """Return the parse tree of a pattern, or None."""
    try:
        return list(_parser.parse(pattern.pattern, pattern.flags))
    except re.error:
        return None


_PARSED: dict[int, tuple[re.Pattern[str], list[Any] | None]] = {}


def _prefixes_of(pattern: re.Pattern[str], most: int = 1) -> tuple[str, ...] | None:
    """Compute required_prefixes() from the parsed pattern, expanding groups that
    follow the first literal while at most `most` prefixes result."""
    parsed = _parsed(pattern)
    if parsed is None:
        return None
    found = _leading(parsed, most)
    if not found or "" in found:
        return None
    return tuple(sorted(found))


_MAX_PREFIXES = 32  # literal prefixes a pattern may expand to ("you'll need to", ...)


def _leading(items: list[Any], most: int) -> set[str] | None:
    """Return the literal strings a parsed sequence must start with, or None."""
    found, _ = _literal_start(items, most)
    return None if found == {""} else found


def _literal_start(items: list[Any], most: int) -> tuple[set[str], bool]:
    """Return the literal strings a parsed sequence starts with, read as far as the
    strings stay few ("you(?:'ll| will) (?:need|have)" gives "you'll need", "you
    will have", ...), and whether they spell the whole sequence."""
    found = {""}
    index = 0
    while index < len(items):
        op, value = items[index]
        index += 1
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # \b, ^, lookarounds: zero width
            continue
        whole = True
        if op is _c.LITERAL:  # a run of literal characters is one string
            run = [chr(value)]
            while index < len(items) and items[index][0] is _c.LITERAL:
                run.append(chr(items[index][1]))
                index += 1
            part = {"".join(run).lower()}
        elif op is _c.SUBPATTERN:
            part, whole = _literal_start(list(value[-1]), most)
        elif op is _c.BRANCH:
            part = set()
            for branch in value[1]:
                options, complete = _literal_start(list(branch), most)
                part |= options
                whole = whole and complete
        elif op is _c.IN and all(o is _c.LITERAL for o, _ in value):
            part = {chr(v).lower() for _, v in value}
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and value[0] >= 1:
            part, whole = _literal_start(list(value[2]), most)[0], False
        else:
            return found, False
        if len(found) * len(part) > max(most, len(part) if found == {""} else 0):
            return found, False
        found = {a + b for a in found for b in part}
        if not whole:
            return found, False
    return found, True


def required_literals(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Return what every match of pattern contains: a tuple of sets of lower-case
    strings, one string of each set at least.

    "\b(we.re|we are) updating\b" gives ({"we"}, {" updating"}), and
    "\b(you|users?) (must not|may not)\b" gives ({"you", "user"}, {" "}, {"must not",
    "may not"}): a text missing every string of one set cannot match.
    """
    return _memo(_LITERALS, pattern, lambda p: _derived("literals", p, _literals_of))


def _literals_of(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Compute required_literals(), the most telling sets first (those whose shortest
    string is longest), so that a text without a match is known sooner."""
    found = [
        frozenset(option.lower() for option in options)
        for options in _requirements(_parsed(pattern) or [])
    ]
    return tuple(sorted(found, key=lambda options: -min(map(len, options))))


_LITERALS: dict[int, tuple[re.Pattern[str], tuple[frozenset[str], ...]]] = {}


def _requirements(items: list[Any]) -> list[set[str]]:
    """Return the sets of literal strings (one of each set at least) that a parsed
    sequence always matches."""
    found: list[set[str]] = []
    text = ""
    for op, value in items:
        if op is _c.LITERAL:
            text += chr(value)
            continue
        if text:
            found.append({text})
            text = ""
        if op is _c.SUBPATTERN:
            found += _requirements(list(value[-1]))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and value[0] >= 1:
            found += _requirements(list(value[2]))
        elif op is _c.BRANCH:
            options: set[str] = set()
            for branch in value[1]:
                inside = _requirements(list(branch))
                if not inside:  # this branch may match without any literal
                    options = set()
                    break
                options |= max(inside, key=lambda strings: min(map(len, strings)))
            if options:
                found.append(options)
    if text:
        found.append({text})
    return found
