"""Text moved from one clause to another: found by matching sentences across changes.

A sentence a change adds that another change of the same report removes (nearly word
for word) was moved, not written anew; an edit made only of such sentences changes no
terms. Only the sentences that the report's changes remove or add are compared, never
the whole agreement: wording that repeats an unchanged clause elsewhere still changes
the clause it is added to.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from math import ceil
from typing import Generic, TypeVar

from . import regexcache

SIMILARITY = 0.8  # Dice coefficient of two sentences' word sets for "the same sentence"
MIN_WORDS = 6  # a shorter sentence is a fragment, judged with the rest of its clause
MAX_LABEL_WORDS = 10  # words of headings and labels a repeated section may add

_WORD = regexcache.compile(r"[^\W_]+")  # letters and digits: "_Data_" (emphasis) is "data"

Owner = TypeVar("Owner")


def sentence_words(sentence: str) -> frozenset[str]:
    """Return the set of lower-cased words of a sentence."""
    return frozenset(_WORD.findall(sentence.lower()))


class _Pool:
    """Sentences with their owner, and which sentences hold each word."""

    def __init__(self) -> None:
        self.owners: list[int] = []
        self.words: list[frozenset[str]] = []
        self.holding: dict[str, list[int]] = {}

    def add(self, owner: int, words: frozenset[str]) -> None:
        """Add one sentence (as its word set) of the change numbered owner."""
        index = len(self.words)
        self.owners.append(owner)
        self.words.append(words)
        for word in words:
            self.holding.setdefault(word, []).append(index)

    def holds(self, words: frozenset[str], besides: int) -> bool:
        """Return whether a sentence of another owner than besides is similar to words.

        A similar sentence shares at least SIMILARITY / (2 - SIMILARITY) of the query's
        words (the Dice bound), so it holds one of any (misses + 1) of them: looking
        only at the sentences holding the rarest few is exact.
        """
        need = ceil(SIMILARITY * len(words) / (2 - SIMILARITY) - 1e-9)
        misses = len(words) - need
        rarest = sorted(words, key=lambda w: (len(self.holding.get(w, ())), w))[: misses + 1]
        candidates: set[int] = set()
        for word in rarest:
            candidates.update(self.holding.get(word, ()))
        for index in sorted(candidates):
            other = self.words[index]
            if self.owners[index] == besides or len(other) < need:
                continue
            if 2 * len(words & other) >= SIMILARITY * (len(words) + len(other)):
                return True
        return False

    def contains(self, words: frozenset[str], besides: int) -> bool:
        """Return whether a sentence of another owner than besides holds at least
        SIMILARITY of words (a fragment that now lies inside a longer sentence)."""
        need = ceil(SIMILARITY * len(words) - 1e-9)
        rarest = sorted(words, key=lambda w: (len(self.holding.get(w, ())), w))
        candidates: set[int] = set()
        for word in rarest[: len(words) - need + 1]:
            candidates.update(self.holding.get(word, ()))
        return any(
            self.owners[index] != besides and len(words & self.words[index]) >= need
            for index in sorted(candidates)
        )


class MovedText(Generic[Owner]):
    """The sentences the changes of a report remove and add, to tell an edit that only
    moves text between clauses.

    removed(change) and added(change) return the sentences a change removes and adds;
    each is asked about every change at most once, and only when a question needs it.
    """

    def __init__(
        self,
        changes: Sequence[Owner],
        removed: Callable[[Owner], Sequence[str]],
        added: Callable[[Owner], Sequence[str]],
        documents: Callable[[], tuple[str, str]] = lambda: ("", ""),
    ) -> None:
        self._changes = changes
        # the whole old and new texts (a clause a line), asked for when first needed
        self._documents = documents
        self._whole: tuple[str, str] | None = None
        self._number = {id(change): number for number, change in enumerate(changes)}
        self._sides = (removed, added)
        # per side (0 removed, 1 added): the word sets of each change's sentences, by id
        self._words: tuple[dict[int, list[frozenset[str]]], ...] = ({}, {})
        self._pools: list[_Pool | None] = [None, None]
        self._texts: list[str | None] = [None, None]
        self._said_by: tuple[dict[int, Sequence[str]], ...] = ({}, {})

    def _said(self, side: int, change: Owner) -> Sequence[str]:
        """Return the sentences change removes (side 0) or adds (1), asked once."""
        known = self._said_by[side].get(id(change))
        if known is None:
            known = self._said_by[side][id(change)] = self._sides[side](change)
        return known

    def _sentences(self, side: int, change: Owner) -> list[frozenset[str]]:
        """Return the word sets of the sentences change removes (side 0) or adds (1)."""
        known = self._words[side].get(id(change))
        if known is None:
            known = [sentence_words(s) for s in self._said(side, change)]
            self._words[side][id(change)] = known
        return known

    def _pool(self, side: int) -> _Pool:
        """Return every change's sentences of one side, pooled (built once)."""
        pool = self._pools[side]
        if pool is None:
            pool = self._pools[side] = _Pool()
            for number, change in enumerate(self._changes):
                for words in self._sentences(side, change):
                    pool.add(number, words)
        return pool

    def moved(self, change: Owner, sentence: str, side: str) -> bool:
        """Return whether a sentence that change adds (side "inserted") was removed by
        another change, or one it removes (side "deleted") was added by another."""
        number = self._number.get(id(change))
        words = sentence_words(sentence)
        if number is None or len(words) < MIN_WORDS:
            return False
        return self._pool(0 if side == "inserted" else 1).holds(words, number)

    def written(self, phrase: str, side: str) -> bool:
        """Return whether any change removes (side "inserted": the other side of an
        insertion) or adds (side "deleted") text holding phrase: a substring search
        that spares most sentences the question of moved()."""
        return phrase.lower() in self._text(0 if side == "inserted" else 1)

    def _text(self, side: int) -> str:
        """Return every change's sentences of one side in one lower-case text."""
        text = self._texts[side]
        if text is None:
            text = self._texts[side] = "\n".join(
                sentence for change in self._changes for sentence in self._said(side, change)
            ).lower()
        return text

    def only_moves(self, change: Owner) -> bool:
        """Return whether every sentence change adds was removed by another change and
        every sentence it removes was added by another (and it touches any sentence)."""
        number = self._number.get(id(change))
        if number is None:
            return False
        gone, new = self._sentences(0, change), self._sentences(1, change)
        if not gone and not new:
            return False
        # a fragment whose words the change also writes on its other side was
        # recased or reordered in place ("violative" -> "Violative"), not moved
        gone_words, new_words = frozenset().union(*gone), frozenset().union(*new)
        gone = [words for words in gone if not words <= new_words]
        new = [words for words in new if not words <= gone_words]
        if not gone and not new:
            return False
        # most edits write something new: the first added sentence usually settles it
        for words in new:
            if len(words) < MIN_WORDS or not self._pool(0).holds(words, number):
                return False
        # words removed here that another change writes, maybe inside a longer sentence
        for words in gone:
            if len(words) < MIN_WORDS or not self._pool(1).contains(words, number):
                return False
        return True

    def only_repeats(self, change: Owner) -> bool:
        """Return whether every sentence of a clause added whole (change) stands word for
        word both in the old version and elsewhere in the new one: wording the
        agreement already had, now repeated in another section. Sentences shorter than
        MIN_WORDS (a heading, a label such as "Retention.") need not, as long as they
        hold few words, but one sentence must."""
        long, labels = [], 0
        for sentence in self._said(1, change):
            words = len(sentence_words(sentence))
            if words >= MIN_WORDS:
                long.append(sentence)
            else:
                labels += words
        if not long or labels > MAX_LABEL_WORDS:
            return False
        if self._whole is None:
            self._whole = self._documents()
        old, new = self._whole
        return all(s in old and new.count(s) >= 2 for s in long)
