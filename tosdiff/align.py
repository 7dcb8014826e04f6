"""Pair the clauses of two versions of an agreement.

Five passes, each cheaper than the next is precise:

1. identical comparison text in the same order (patience diff over keys: unique
   keys anchor, anchors grow over identical neighbours); numbers are not part of the
   key, so renumbered clauses pair here;
2. inside each gap between those anchors, similar clauses in order (a small dynamic
   programme over word-set similarity, with a bonus for the same number): modified;
3. the clauses still unpaired, anywhere in the document: identical text is a move,
   very similar text a move with edits;
4. consecutive moved clauses that stay together are one moved block (a moved Article);
5. an unpaired paragraph beside a modified pair, made of the words of the pair's other
   side, is folded into the pair when the pair then reads likelier and both sides keep
   their opening: a paragraph split in two, or two merged into one.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Literal

from . import regexcache
from .dates import date_line_opening
from .model import Clause, Document
from .words import WORD, word_set

PairOp = Literal["equal", "modified", "moved", "added", "removed"]

MODIFIED_THRESHOLD = 0.5  # word-set similarity for pairing clauses in the same place
MOVED_THRESHOLD = 0.8  # similarity for pairing clauses found in different places
IN_PLACE_THRESHOLD = 0.15  # lower bar for the one clause replaced between two anchors
SAME_NUMBER_BONUS = 0.15
DATE_LINE_CHARS = 120  # longer clauses are not read as date lines
SAME_OPENING_BONUS = 0.1  # a split paragraph pairs with the part that starts alike
MIN_MOVE_WORDS = 4  # shorter clauses ("Learn more") repeat too often to call a move
SPLIT_SHARE = 0.6  # share of a neighbour's words its partner's other side must hold
SPLIT_GAIN = 0.04  # how much likelier the pair must read with the neighbour folded in
OPENING_WORDS = 3  # first words a paragraph split or merged keeps
DENSE_LIMIT = 160_000  # largest gap (old x new clauses) aligned exactly


@dataclass(frozen=True)
class Pair:
    """Clauses of the old and new version that correspond (either side may be empty)."""

    op: PairOp
    old: tuple[int, ...]
    new: tuple[int, ...]
    similarity: float = 1.0


@dataclass(frozen=True)
class Alignment:
    """The pairing of two documents, in reading order of the new version."""

    pairs: tuple[Pair, ...]
    # Numbers that changed on clauses whose text did not: "8.1" -> "7.1".
    renumbered: dict[str, str] = field(default_factory=dict)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Return the Dice coefficient of two word sets (1.0 for identical sets)."""
    if not a and not b:
        return 1.0
    return 2 * len(a & b) / (len(a) + len(b))


def align(old: Document, new: Document) -> Alignment:
    """Return how the clauses of old and new correspond."""
    a, b = old.clauses, new.clauses
    old_words, new_words = _Words(a), _Words(b)
    pairs: dict[int, tuple[str, int, float]] = {}  # old index -> (op, new index, sim)
    anchors = _anchors([c.key for c in a], [c.key for c in b])
    for block in anchors:
        for k in range(block.size):
            pairs[block.a + k] = ("equal", block.b + k, 1.0)
    prev_a = prev_b = 0
    for block in [*anchors, _Match(len(a), len(b), 0)]:
        gap = _align_gap(a, b, old_words, new_words, range(prev_a, block.a), range(prev_b, block.b))
        for i, j, score in gap:
            pairs[i] = ("equal" if a[i].key == b[j].key else "modified", j, score)
        prev_a, prev_b = block.a + block.size, block.b + block.size
    _find_moves(a, b, old_words, new_words, pairs)
    folded = _find_splits(a, b, old_words, new_words, pairs)
    return Alignment(pairs=_order(a, b, pairs, folded), renumbered=_renumbered(a, b, pairs))


@dataclass(frozen=True)
class _Match:
    """A run of identical clauses: old[a:a+size] == new[b:b+size]."""

    a: int
    b: int
    size: int


def _anchors(old: Sequence[str], new: Sequence[str]) -> list[_Match]:
    """Return runs of identical keys in order (patience diff).

    Keys that occur once in each side of a region anchor it, the longest increasing
    run of them is kept, anchors grow over identical neighbours, and the regions
    between are searched again. Unlike a longest-common-subsequence search this
    treats both versions alike, so swapping them swaps added and removed.
    """
    matched: list[tuple[int, int]] = []
    stack = [(0, len(old), 0, len(new))]
    while stack:
        lo_a, hi_a, lo_b, hi_b = stack.pop()
        if lo_a >= hi_a or lo_b >= hi_b:
            continue
        chosen = _unique_run(old, new, lo_a, hi_a, lo_b, hi_b)
        if not chosen:
            continue
        grown: list[tuple[int, int]] = []
        prev_a, prev_b = lo_a, lo_b
        for i, j in chosen:
            k = 0
            while i - k - 1 >= prev_a and j - k - 1 >= prev_b and old[i - k - 1] == new[j - k - 1]:
                k += 1
            grown.extend((i - m, j - m) for m in range(k, 0, -1))
            grown.append((i, j))
            prev_a, prev_b = i + 1, j + 1
        bounds = [(lo_a - 1, lo_b - 1), *grown, (hi_a, hi_b)]
        for (i0, j0), (i1, j1) in zip(bounds, bounds[1:], strict=False):
            # grow forwards over identical neighbours, then search what is left
            while i0 + 1 < i1 and j0 + 1 < j1 and i0 >= lo_a and old[i0 + 1] == new[j0 + 1]:
                i0, j0 = i0 + 1, j0 + 1
                grown.append((i0, j0))
            stack.append((i0 + 1, i1, j0 + 1, j1))
        matched.extend(grown)
    matched.sort()
    runs: list[list[int]] = []  # [a, b, size], made _Match once complete
    for i, j in matched:
        last = runs[-1] if runs else None
        if last is not None and i == last[0] + last[2] and j == last[1] + last[2]:
            last[2] += 1
        else:
            runs.append([i, j, 1])
    return [_Match(a, b, size) for a, b, size in runs]


def _unique_run(
    old: Sequence[str], new: Sequence[str], lo_a: int, hi_a: int, lo_b: int, hi_b: int
) -> list[tuple[int, int]]:
    """Return the longest increasing run of keys unique to both regions."""
    count_a: dict[str, int] = {}
    for i in range(lo_a, hi_a):
        count_a[old[i]] = count_a.get(old[i], 0) + 1
    count_b: dict[str, int] = {}
    where_b: dict[str, int] = {}
    for j in range(lo_b, hi_b):
        count_b[new[j]] = count_b.get(new[j], 0) + 1
        where_b[new[j]] = j
    candidates = [
        (i, where_b[old[i]])
        for i in range(lo_a, hi_a)
        if count_a[old[i]] == 1 and count_b.get(old[i]) == 1
    ]
    # Longest increasing subsequence of new positions (patience sorting).
    tails: list[int] = []  # new position ending the best run of each length
    tail_at: list[int] = []  # index into candidates of that run's end
    back: list[int] = []
    for index, (_, j) in enumerate(candidates):
        length = bisect_left(tails, j)
        if length == len(tails):
            tails.append(j)
            tail_at.append(index)
        else:
            tails[length] = j
            tail_at[length] = index
        back.append(tail_at[length - 1] if length else -1)
    run: list[tuple[int, int]] = []
    index = tail_at[-1] if tail_at else -1
    while index >= 0:
        run.append(candidates[index])
        index = back[index]
    return run[::-1]


class _Words:
    """Word sets of clauses, computed on first use (most clauses pair as identical)."""

    def __init__(self, clauses: Sequence[Clause]) -> None:
        self._clauses = clauses
        self._cache: dict[int, frozenset[str]] = {}

    def __getitem__(self, index: int) -> frozenset[str]:
        found = self._cache.get(index)
        if found is None:
            found = self._cache[index] = word_set(self._clauses[index].key)
        return found


def _score(x: Clause, y: Clause, wx: frozenset[str], wy: frozenset[str]) -> float:
    """Return how alike two clauses are, with a bonus for the same number."""
    score = similarity(wx, wy)
    if x.number and x.number == y.number and score > 0.2:
        score += SAME_NUMBER_BONUS
    if x.is_heading != y.is_heading:
        score -= 0.2
    # maxsplit: the first five words without splitting the whole clause
    if x.key.split(None, 5)[:5] == y.key.split(None, 5)[:5] and score > 0.2:
        score += SAME_OPENING_BONUS
    return score


def _align_gap(
    a: Sequence[Clause],
    b: Sequence[Clause],
    wa: _Words,
    wb: _Words,
    rows: range,
    cols: range,
) -> list[tuple[int, int, float]]:
    """Return (old, new, score) pairs of similar clauses, in order, inside one gap."""
    if not rows or not cols:
        return []
    if len(rows) * len(cols) > DENSE_LIMIT:
        return _align_sparse(a, b, wa, wb, rows, cols)
    n, m = len(rows), len(cols)
    scores = [[_score(a[i], b[j], wa[i], wb[j]) for j in cols] for i in rows]
    if n == m and n <= 3:
        # Clauses replaced one for one between two anchors: pair what shares any words.
        for k in range(n):
            if scores[k][k] > IN_PLACE_THRESHOLD:
                scores[k][k] = max(scores[k][k], MODIFIED_THRESHOLD + 0.01)
    _pair_date_stamps(a, b, rows, cols, scores)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for x in range(n - 1, -1, -1):
        row, below, score_row = best[x], best[x + 1], scores[x]
        for y in range(m - 1, -1, -1):
            take = score_row[y] - MODIFIED_THRESHOLD
            options = (below[y], row[y + 1], below[y + 1] + take if take > 0 else -1.0)
            row[y] = max(options)
    result = []
    x = y = 0
    while x < n and y < m:
        take = scores[x][y] - MODIFIED_THRESHOLD
        if take > 0 and best[x][y] == best[x + 1][y + 1] + take:
            result.append((rows[x], cols[y], min(scores[x][y], 1.0)))
            x, y = x + 1, y + 1
        elif best[x][y] == best[x + 1][y]:
            x += 1
        else:
            y += 1
    return result


def _pair_date_stamps(
    a: Sequence[Clause], b: Sequence[Clause], rows: range, cols: range, scores: list[list[float]]
) -> None:
    """Let the first line on each side that dates the agreement ("Effective August 1,
    2023" -> "Effective Date outside EEA & UK: March 13, 2024") pair with the other, if
    both open with the same words: a new date is a changed line, not a new one, though
    the two share few words."""
    old_stamps = {opening: x for x in reversed(rows) if (opening := _date_line(a[x]))}
    new_stamps = {opening: y for y in reversed(cols) if (opening := _date_line(b[y]))}
    for opening, x in old_stamps.items():
        y = new_stamps.get(opening)
        if y is not None:
            row = scores[x - rows.start]
            row[y - cols.start] = max(row[y - cols.start], MODIFIED_THRESHOLD + 0.01)


def _date_line(clause: Clause) -> str | None:
    """Return the opening words of a short clause that dates the agreement, or None."""
    if len(clause.text) > DATE_LINE_CHARS:
        return None
    return date_line_opening(clause.text)


def _candidates(
    wa: _Words, wb: _Words, rows: Sequence[int], cols: Sequence[int]
) -> set[tuple[int, int]]:
    """Return the old/new index pairs that share at least one uncommon word."""
    index: dict[str, list[int]] = defaultdict(list)
    for i in rows:
        for word in wa[i]:
            index[word].append(i)
    limit = max(8, len(rows) // 10)
    shared: set[tuple[int, int]] = set()
    for j in cols:
        for word in wb[j]:
            postings = index.get(word)
            if postings and len(postings) <= limit:
                shared.update((i, j) for i in postings)
    return shared


def _align_sparse(
    a: Sequence[Clause],
    b: Sequence[Clause],
    wa: _Words,
    wb: _Words,
    rows: range,
    cols: range,
) -> list[tuple[int, int, float]]:
    """Align a very large gap greedily: best pairs first, keeping the order."""
    scored = []
    for i, j in _candidates(wa, wb, rows, cols):
        score = _score(a[i], b[j], wa[i], wb[j])
        if score > MODIFIED_THRESHOLD:
            scored.append((score, i, j))
    scored.sort(reverse=True)
    taken_old: list[int] = []  # sorted old indices taken
    taken_new: list[int] = []  # the new index of each, in the same order
    for _score_value, i, j in scored:
        pos = bisect_left(taken_old, i)
        if pos < len(taken_old) and taken_old[pos] == i:
            continue
        if pos > 0 and taken_new[pos - 1] >= j:
            continue
        if pos < len(taken_new) and taken_new[pos] <= j:
            continue
        taken_old.insert(pos, i)
        taken_new.insert(pos, j)
    return [(i, j, 1.0) for i, j in zip(taken_old, taken_new, strict=True)]


def _find_moves(
    a: Sequence[Clause],
    b: Sequence[Clause],
    wa: _Words,
    wb: _Words,
    pairs: dict[int, tuple[str, int, float]],
) -> None:
    """Pair leftover clauses found elsewhere in the other version as moves."""
    used_new = {j for _, j, _ in pairs.values()}
    removed = [i for i in range(len(a)) if i not in pairs]
    added = [j for j in range(len(b)) if j not in used_new]
    by_key: dict[str, list[int]] = defaultdict(list)
    for j in added:
        by_key[b[j].key].append(j)
    old_count: dict[str, int] = defaultdict(int)
    for clause in a:
        old_count[clause.key] += 1
    for i in removed:
        unique = old_count[a[i].key] == 1 and len(by_key.get(a[i].key, ())) == 1
        if len(wa[i]) < MIN_MOVE_WORDS and not (unique and a[i].label):
            continue
        targets = by_key.get(a[i].key)
        if targets:
            pairs[i] = ("moved", targets.pop(0), 1.0)
            used_new.add(pairs[i][1])
    removed = [i for i in removed if i not in pairs]
    added = [j for j in added if j not in used_new]
    if not removed or not added:
        return
    scored = []
    for i, j in _candidates(wa, wb, removed, added):
        if min(len(wa[i]), len(wb[j])) < MIN_MOVE_WORDS:
            continue
        score = similarity(wa[i], wb[j])
        if score >= MOVED_THRESHOLD:
            scored.append((score, i, j))
    for score, i, j in sorted(scored, reverse=True):
        if i not in pairs and j not in used_new:
            pairs[i] = ("moved", j, score)
            used_new.add(j)


def _find_splits(
    a: Sequence[Clause],
    b: Sequence[Clause],
    wa: _Words,
    wb: _Words,
    pairs: dict[int, tuple[str, int, float]],
) -> dict[int, tuple[tuple[int, ...], tuple[int, ...]]]:
    """Return, by old index of a modified pair, the unpaired neighbours folded into it:
    a paragraph split in two ("Premium Services include ... These technologies are
    still evolving ..." -> two paragraphs) or two merged into one, where the neighbour's
    words come from the pair's other side and the pair reads likelier with it."""
    used_new = {j for _, j, _ in pairs.values()}
    folded: dict[int, tuple[tuple[int, ...], tuple[int, ...]]] = {}
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    for i, (op, j, _) in sorted(pairs.items()):
        if op != "modified" or a[i].is_heading or b[j].is_heading:
            continue
        extra_new = _fold(b, wb, wa[i], j, lambda k: k not in used_new and k not in taken_new)
        extra_old = _fold(a, wa, wb[j], i, lambda k: k not in pairs and k not in taken_old)
        # a paragraph split or merged keeps its opening: the first clause of each side
        # starts alike ("the parties' details are: ..." is no merge of "Meta Platforms,
        # Inc., ..." and "Developer's details ...")
        first_old, first_new = a[min((i, *extra_old))], b[min((j, *extra_new))]
        if (extra_new or extra_old) and _opening(first_old) == _opening(first_new):
            folded[i] = (extra_old, extra_new)
            taken_old.update(extra_old)
            taken_new.update(extra_new)
    return folded


def _opening(clause: Clause) -> list[str]:
    """Return the first words of a clause's comparison text, in lower case and without
    the marks around them ("*Data retained until" opens as "Data retained until")."""
    return [match.group(0).lower() for match in islice(WORD.finditer(clause.key), OPENING_WORDS)]


def _fold(
    side: Sequence[Clause],
    words: _Words,
    other: frozenset[str],
    at: int,
    free: Callable[[int], bool],
) -> tuple[int, ...]:
    """Return the unpaired clauses next to side[at] (same parent, no heading) whose words
    mostly come from other and that bring the pair closer to it, nearest first."""
    found: list[int] = []
    together = words[at]
    for step in (-1, 1):
        k = at + step
        while 0 <= k < len(side) and free(k):
            clause = side[k]
            own = words[k]
            if clause.is_heading or clause.parent != side[at].parent or not own:
                break
            if len(own & other) < SPLIT_SHARE * len(own):
                break
            merged = together | own
            if similarity(merged, other) < similarity(together, other) + SPLIT_GAIN:
                break
            together = merged
            found.append(k)
            k += step
    return tuple(sorted(found))


def _order(
    a: Sequence[Clause],
    b: Sequence[Clause],
    pairs: dict[int, tuple[str, int, float]],
    folded: dict[int, tuple[tuple[int, ...], tuple[int, ...]]] | None = None,
) -> tuple[Pair, ...]:
    """Return pairs in reading order of the new version, moved runs grouped; a pair
    with clauses folded into it (see _find_splits) holds them on its sides."""
    folded = folded or {}
    folded_old = {k for extra_old, _ in folded.values() for k in extra_old}
    folded_new = {k for _, extra_new in folded.values() for k in extra_new}
    by_new: dict[int, int] = {j: i for i, (_, j, _) in pairs.items()}
    ordered: list[tuple[float, Pair]] = []
    anchor = -1.0  # new position of the last old clause with an in-place partner
    for i in range(len(a)):
        if i in pairs:
            op, j, score = pairs[i]
            if op != "moved":
                anchor = float(j)
            continue
        if i not in folded_old:
            ordered.append((anchor + 0.5, Pair("removed", (i,), ())))
    for j in range(len(b)):
        partner = by_new.get(j)
        if partner is None:
            if j not in folded_new:
                ordered.append((float(j), Pair("added", (), (j,))))
        else:
            op, _, score = pairs[partner]
            extra_old, extra_new = folded.get(partner, ((), ()))
            olds, news = tuple(sorted((partner, *extra_old))), tuple(sorted((j, *extra_new)))
            ordered.append((float(news[0]), Pair(op, olds, news, score)))  # type: ignore[arg-type]
    ordered.sort(key=lambda item: item[0])
    return tuple(_group_runs(a, b, [pair for _, pair in ordered]))


def _group_runs(a: Sequence[Clause], b: Sequence[Clause], pairs: list[Pair]) -> list[Pair]:
    """Merge adjacent moved clauses into one moved block, and adjacent added (or removed)
    paragraphs into one added (removed) section; a heading starts a new section."""
    grouped: list[Pair] = []
    for pair in pairs:
        last = grouped[-1] if grouped else None
        if last is not None and _continues(a, b, last, pair):
            score = min(last.similarity, pair.similarity)
            grouped[-1] = Pair(last.op, last.old + pair.old, last.new + pair.new, score)
        else:
            grouped.append(pair)
    return grouped


def _continues(a: Sequence[Clause], b: Sequence[Clause], last: Pair, pair: Pair) -> bool:
    """Return whether pair extends the run that last ends."""
    if pair.op != last.op:
        return False
    if pair.op == "moved":
        return pair.old[0] == last.old[-1] + 1 and pair.new[0] == last.new[-1] + 1
    if pair.op == "added":
        doc, clause, previous, first = b, b[pair.new[0]], b[last.new[-1]], b[last.new[0]]
    elif pair.op == "removed":
        doc, clause, previous, first = a, a[pair.old[0]], a[last.old[-1]], a[last.old[0]]
    else:
        return False
    if clause.index != previous.index + 1 or clause.is_heading:
        return False
    if _titles_prose(doc, clause) and not _subtitle(previous):
        return False  # a line that titles the paragraphs below it starts a section too
    # Separately numbered clauses stay separate changes, except the sub-clauses of a
    # clause added (removed) with them; unnumbered paragraphs and bullets under the same
    # clause join the run.
    return clause.label is None or previous.is_heading or _descends(doc, clause, first)


SUBTITLE_WORDS = 8  # words of a line that titles the paragraphs below it, at most
_SUBTITLE_END = regexcache.compile(r"[.:;,!?)\]]\s*$")


def _subtitle(clause: Clause) -> bool:
    """Return whether a clause reads as a title of the paragraphs below it though not
    marked as a heading ("Chatting suspension"): a short unnumbered line, no list item,
    that does not end a sentence."""
    return (
        not clause.is_item
        and clause.label is None
        and len(clause.text.split()) <= SUBTITLE_WORDS
        and _SUBTITLE_END.search(clause.text) is None
    )


def _titles_prose(doc: Sequence[Clause], clause: Clause) -> bool:
    """Return whether clause is a subtitle followed by a paragraph of prose (not by the
    next entry of a menu or a list of links)."""
    if not _subtitle(clause) or clause.index + 1 >= len(doc):
        return False
    following = doc[clause.index + 1]
    return not _subtitle(following) and len(following.text.split()) > SUBTITLE_WORDS


def _descends(doc: Sequence[Clause], clause: Clause, ancestor: Clause) -> bool:
    """Return whether clause lies inside ancestor in the clause tree."""
    parent = clause.parent
    while parent is not None:
        if parent == ancestor.index:
            return True
        parent = doc[parent].parent
    return False


def _renumbered(
    a: Sequence[Clause], b: Sequence[Clause], pairs: dict[int, tuple[str, int, float]]
) -> dict[str, str]:
    """Return old -> new numbers of paired clauses whose own label changed."""
    mapping: dict[str, str] = {}
    for i, (_, j, _) in pairs.items():
        old, new = a[i], b[j]
        if old.label and new.label and old.label != new.label and old.number and new.number:
            mapping.setdefault(old.number, new.number)
    return mapping
